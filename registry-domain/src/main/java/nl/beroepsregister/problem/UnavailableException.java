package nl.beroepsregister.problem;

/**
 * A service the register relies on for this request does not answer, so the request is refused rather than done
 * unsafely (a configured virus scanner that cannot be reached): nothing is changed, and the same request may succeed
 * later.
 */
public class UnavailableException extends RegistryException {

    public UnavailableException(Message message) {
        super(message);
    }
}
