package nl.beroepsregister.problem;

/** The request conflicts with the state the thing is in: an illegal transition, a stale version, a locked dossier. */
public class ConflictException extends RegistryException {

    public ConflictException(Message message) {
        super(message);
    }

    public static ConflictException of(String key, Object... args) {
        return new ConflictException(Message.of(key, args));
    }

    public static ConflictException staleVersion() {
        return of("problem.conflict.staleVersion");
    }
}
