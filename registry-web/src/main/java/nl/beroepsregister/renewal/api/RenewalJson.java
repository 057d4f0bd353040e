package nl.beroepsregister.renewal.api;

import java.time.Instant;
import java.util.List;
import nl.beroepsregister.registration.boundary.RegistrationView;
import nl.beroepsregister.renewal.DossierStatus;
import nl.beroepsregister.renewal.PeTally;
import nl.beroepsregister.renewal.boundary.PeActivityView;
import nl.beroepsregister.renewal.boundary.PortfolioView;
import nl.beroepsregister.renewal.boundary.RenewalView;
import nl.beroepsregister.text.Texts;

/** {@code GET /api/registrations/{id}/renewal}: the dossier and its completeness, in the reader's language. */
public record RenewalJson(Long registrationId, RegistrationView.Year year, PeTally pe,
                          List<Requirement> requirements, boolean complete, DossierStatus status,
                          Instant submittedAt, Boolean late, String decisionReason, Instant decidedAt,
                          List<PeActivityView> peActivities, PortfolioView portfolio, RenewalView.Meeting meeting) {

    public record Requirement(String code, boolean met, String message) {
    }

    public static RenewalJson of(RenewalView view, Texts texts) {
        return new RenewalJson(view.registrationId(), view.year(), view.pe(),
                view.requirements().stream()
                        .map(check -> new Requirement(check.requirement().name(), check.met(),
                                texts.get(check.message())))
                        .toList(),
                view.complete(), view.status(), view.submittedAt(), view.late(), view.decisionReason(),
                view.decidedAt(), view.peActivities(), view.portfolio(), view.meeting());
    }
}
