package nl.beroepsregister.problem;

import jakarta.ejb.ApplicationException;

/**
 * The one family of refusals the register gives. Each kind maps to one HTTP status and to a Faces message;
 * the transaction in which it is thrown is rolled back, so a refused request changes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RegistryException extends RuntimeException {

    private final Message message;

    protected RegistryException(Message message) {
        super(message.key() + " " + message.args());
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
