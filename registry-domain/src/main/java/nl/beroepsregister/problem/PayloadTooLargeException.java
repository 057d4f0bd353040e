package nl.beroepsregister.problem;

/** An uploaded file larger than the register accepts. */
public class PayloadTooLargeException extends RegistryException {

    public PayloadTooLargeException(Message message) {
        super(message);
    }
}
