package nl.beroepsregister.register;

/** Which parts beyond the declaration and PE points a level's renewal dossier must contain. */
public record DossierContent(boolean questionnaire, boolean portfolio, boolean portfolioLocalLevel, boolean peerReview) {

    public static final DossierContent DECLARATION_AND_PE_ONLY = new DossierContent(false, false, false, false);
}
