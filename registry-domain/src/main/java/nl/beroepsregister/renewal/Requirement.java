package nl.beroepsregister.renewal;

/** One thing a renewal dossier must contain; which apply depends on the level of the year (DOMAIN.md §7). */
public enum Requirement {
    DECLARATION, QUESTIONNAIRE, PE_POINTS, PE_EVIDENCE, PORTFOLIO_APPROVED, PRACTICE_REPORT, PEER_REVIEW
}
