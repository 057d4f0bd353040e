package nl.beroepsregister.problem;

import java.util.List;

/** Input that is malformed, missing or out of range: the request can never succeed as sent. */
public class InvalidInputException extends RegistryException {

    private final List<Violation> violations;

    public InvalidInputException(Message message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(Message.of("problem.invalid.detail"),
                List.of(new Violation(field, Message.of(key, args))));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One field that is wrong, and why. */
    public record Violation(String field, Message message) {
    }
}
