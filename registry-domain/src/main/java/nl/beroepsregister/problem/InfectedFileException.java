package nl.beroepsregister.problem;

import java.util.List;

/** An uploaded file in which the virus scanner found malware: refused, whatever its type or size. */
public class InfectedFileException extends RuleViolationException {

    public InfectedFileException(Message message) {
        super(message, List.of());
    }
}
