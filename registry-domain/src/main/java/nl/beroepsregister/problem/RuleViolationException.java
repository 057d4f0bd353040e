package nl.beroepsregister.problem;

import java.util.List;

/**
 * A rule of the register refuses the request although it is well-formed: an incomplete dossier, a route whose
 * conditions do not hold. {@link #missing()} names the requirement codes that are not met, where that applies.
 */
public class RuleViolationException extends RegistryException {

    private final List<String> missing;

    public RuleViolationException(Message message, List<String> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    public static RuleViolationException of(String key, Object... args) {
        return new RuleViolationException(Message.of(key, args), List.of());
    }

    public List<String> missing() {
        return missing;
    }
}
