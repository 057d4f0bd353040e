package nl.beroepsregister.portfolio;

/** Where a portfolio proposal stands. */
public enum PortfolioStatus {
    PROPOSED, APPROVED, REJECTED;

    /** Whether the proposal still counts: a year has at most one that is proposed or approved. */
    public boolean isCurrent() {
        return this != REJECTED;
    }
}
