package nl.beroepsregister.renewal.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.portfolio.PortfolioStatus;

public record PortfolioView(Long id, Long registrationId, String title, String description, boolean localLevel,
                            PortfolioStatus status, Instant proposedAt, Instant decidedAt, String decidedBy,
                            String reason, DocumentView report) implements Serializable {

    public static PortfolioView of(PortfolioActivity portfolio) {
        return new PortfolioView(portfolio.getId(), portfolio.getYear().getRegistration().getId(),
                portfolio.getTitle(), portfolio.getDescription(), portfolio.isLocalLevel(), portfolio.getStatus(),
                portfolio.getProposedAt(), portfolio.getDecidedAt(), portfolio.getDecidedBy(),
                portfolio.getRejectionReason(), DocumentView.of(portfolio.getReport()));
    }
}
