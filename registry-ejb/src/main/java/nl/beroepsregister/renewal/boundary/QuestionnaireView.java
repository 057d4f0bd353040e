package nl.beroepsregister.renewal.boundary;

import java.util.List;
import java.util.Map;

public record QuestionnaireView(List<Question> questions, Map<String, String> answers) {

    public record Question(String code, String text) {
    }
}
