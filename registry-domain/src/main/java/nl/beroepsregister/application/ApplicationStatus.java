package nl.beroepsregister.application;

/** Where an application stands: {@code APPLIED → AUDIT_PLANNED → PASSED | REJECTED}. */
public enum ApplicationStatus {
    APPLIED, AUDIT_PLANNED, PASSED, REJECTED;

    public boolean isOpen() {
        return this == APPLIED || this == AUDIT_PLANNED;
    }
}
