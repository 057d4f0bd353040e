package nl.beroepsregister.register;

import java.io.Serializable;

/** Which parts beyond the declaration and PE points a level's renewal dossier must contain. */
public record DossierContent(boolean questionnaire, boolean portfolio, boolean portfolioLocalLevel, boolean peerReview)
        implements Serializable {

    public static final DossierContent DECLARATION_AND_PE_ONLY = new DossierContent(false, false, false, false);
}
