package nl.beroepsregister.renewal.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One registration year as the office reviews it: the dossier with its completeness, the signed declaration, the
 * questionnaire's answers and every portfolio proposal of the year, rejected ones included.
 */
public record YearDossier(RenewalView renewal, Declaration declaration, List<Answer> answers,
                          List<PortfolioView> portfolios) implements Serializable {

    public record Declaration(String employer, String jobTitle, boolean stillInFunction, Instant signedAt,
                              String signedBy) implements Serializable {
    }

    public record Answer(String code, String question, String answer) implements Serializable {
    }
}
