package nl.beroepsregister.problem;

/** An uploaded file whose content is not of a type the register accepts, whatever its name or header says. */
public class UnsupportedContentException extends RegistryException {

    public UnsupportedContentException(Message message) {
        super(message);
    }
}
