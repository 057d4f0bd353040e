package nl.beroepsregister.renewal.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.meeting.PeerReviewMeeting;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.boundary.RegistrationView;
import nl.beroepsregister.renewal.Completeness;
import nl.beroepsregister.renewal.DossierStatus;
import nl.beroepsregister.renewal.PeTally;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.RequirementCheck;

/**
 * A renewal dossier and its completeness, as the registrant, the office and the API see it. The requirement messages
 * are still keys: the reader's language chooses the words.
 */
public record RenewalView(Long registrationId, RegistrationView.Year year, PeTally pe,
                          List<RequirementCheck> requirements, boolean complete, DossierStatus status,
                          Instant submittedAt, Boolean late, String decisionReason, Instant decidedAt,
                          List<PeActivityView> peActivities, PortfolioView portfolio, Meeting meeting)
        implements Serializable {

    /** The peer-review meeting the year is enrolled in. */
    public record Meeting(Long id, LocalDate date, String location, boolean attended, boolean presented)
            implements Serializable {

        static Meeting of(RegistrationYear year) {
            PeerReviewMeeting meeting = year.getMeeting();
            return meeting == null ? null : new Meeting(meeting.getId(), meeting.getDate(), meeting.getLocation(),
                    year.isAttended(), year.isPresented());
        }
    }

    static RenewalView of(RegistrationYear year, Completeness completeness) {
        PortfolioActivity portfolio = year.currentPortfolio().or(year::latestPortfolio).orElse(null);
        return new RenewalView(year.getRegistration().getId(), RegistrationView.Year.of(year), completeness.pe(),
                completeness.checks(), completeness.complete(), year.getDossierStatus(), year.getSubmittedAt(),
                year.getLate(), year.getDecisionReason(), year.getDecidedAt(),
                year.getPeActivities().stream().map(PeActivityView::of).toList(),
                portfolio == null ? null : PortfolioView.of(portfolio), Meeting.of(year));
    }

    public Level level() {
        return year.level();
    }
}
