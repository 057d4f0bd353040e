package nl.beroepsregister.reminder;

/** The reminders of DOMAIN.md §9; each goes out at most once per registration, year and kind. */
public enum ReminderKind {
    /** Three months before the renewal date (a month before the deadline): "your dossier is due in one month". */
    DOSSIER_DUE_SOON,
    /** On the deadline, two months before the renewal date: "your dossier is due now". */
    DOSSIER_DUE,
    /** The day after a missed deadline: to the registrant, with a copy to the office. */
    DEADLINE_MISSED,
    /** Levels with a portfolio, at the start of the year: "propose your portfolio activity". */
    PORTFOLIO_PROPOSAL;

    /** Whether this reminder is about submitting the dossier, and so pointless once it is submitted. */
    public boolean isAboutSubmission() {
        return this != PORTFOLIO_PROPOSAL;
    }
}
