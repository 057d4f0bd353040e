package nl.beroepsregister.registration;

/** Why a registration's status or level changed; each kind is one legal transition of DOMAIN.md §6. */
public enum ChangeKind {
    ADMITTED(null, RegistrationStatus.ACTIVE),
    RENEWED(RegistrationStatus.ACTIVE, RegistrationStatus.ACTIVE),
    UPGRADED(RegistrationStatus.ACTIVE, RegistrationStatus.ACTIVE),
    LAPSED(RegistrationStatus.ACTIVE, RegistrationStatus.LAPSED),
    WITHDRAWN(RegistrationStatus.ACTIVE, RegistrationStatus.WITHDRAWN),
    STRUCK_OFF(RegistrationStatus.ACTIVE, RegistrationStatus.STRUCK_OFF);

    private final RegistrationStatus from;
    private final RegistrationStatus to;

    ChangeKind(RegistrationStatus from, RegistrationStatus to) {
        this.from = from;
        this.to = to;
    }

    public RegistrationStatus from() {
        return from;
    }

    public RegistrationStatus to() {
        return to;
    }
}
