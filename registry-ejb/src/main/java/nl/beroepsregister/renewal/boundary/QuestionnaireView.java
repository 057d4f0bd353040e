package nl.beroepsregister.renewal.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

public record QuestionnaireView(List<Question> questions, Map<String, String> answers) implements Serializable {

    public record Question(String code, String text) implements Serializable {
    }
}
