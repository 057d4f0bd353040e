package nl.beroepsregister.problem;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends RegistryException {

    public NotFoundException(Message message) {
        super(message);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(Message.of("problem.notFound.detail", Message.of("thing." + what), id));
    }
}
