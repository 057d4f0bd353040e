package nl.beroepsregister.register.boundary;

import java.io.Serializable;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.QuestionnaireQuestion;

/** One questionnaire question of a register and level, active or not. */
public record QuestionSettings(Long id, long version, Level level, String code, int position, String textNl,
                               String textEn, boolean active) implements Serializable {

    public static QuestionSettings of(QuestionnaireQuestion question) {
        return new QuestionSettings(question.getId(), question.getVersion(), question.getLevel(), question.getCode(),
                question.getPosition(), question.getTextNl(), question.getTextEn(), question.isActive());
    }
}
