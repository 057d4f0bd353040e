package nl.beroepsregister.renewal;

/** Where a registration year's renewal dossier stands. */
public enum DossierStatus {
    /** Being built by the registrant. */
    OPEN,
    /** Submitted, waiting for the office's decision; read-only. */
    SUBMITTED,
    /** Sent back by the office with reasons: open again, may be resubmitted before the renewal date. */
    RETURNED,
    /** Renewed: the next registration year exists. */
    APPROVED,
    /** Refused: the registration lapses once its renewal date has passed. */
    REFUSED;

    public boolean isEditable() {
        return this == OPEN || this == RETURNED;
    }
}
