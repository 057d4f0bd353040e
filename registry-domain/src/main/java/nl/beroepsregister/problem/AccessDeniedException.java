package nl.beroepsregister.problem;

/** The caller is known but their role does not allow the action. */
public class AccessDeniedException extends RegistryException {

    public AccessDeniedException(Message message) {
        super(message);
    }

    public static AccessDeniedException forbidden() {
        return new AccessDeniedException(Message.of("problem.forbidden.detail"));
    }
}
