package nl.beroepsregister.renewal.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.certificate.control.CertificateIssuer;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.renewal.PeActivity;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.control.CompletenessCheck;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/** The renewal of a registration year: its completeness, its submission and the office's decision. */
@Stateless
public class Renewals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    RegistrationAccess access;

    @Inject
    CompletenessCheck completeness;

    @Inject
    CertificateIssuer certificates;

    @Inject
    @Metric(name = "registry.dossiers.submitted", absolute = true,
            description = "Renewal dossiers submitted")
    Counter submittedCount;

    /** The dossier of the year the registration is in now, with what it still lacks. */
    public RenewalView renewal(Long registrationId) {
        LocalDate today = clock.today();
        RegistrationYear year = access.visible(registrationId).currentYear(today);
        em.createNamedQuery(PeActivity.EVIDENCE_OF_YEAR, Document.class).setParameter("year", year).getResultList();
        return RenewalView.of(year, completeness.of(year, today));
    }

    /** Submits a complete dossier; after the deadline it is accepted but recorded as late. */
    @Audited(value = "dossier.submitted", subject = "registration")
    public SubmissionView submit(Long registrationId, Long version) {
        LocalDate today = clock.today();
        RegistrationYear year = access.forChange(registrationId, version).dossierYear(today);
        year.submit(completeness.of(year, today), today, clock.now(), caller.username());
        submittedCount.inc();
        return new SubmissionView(year.getSubmittedAt(), year.getLate());
    }

    /**
     * The office's decision on a submitted dossier. Approved: the next registration year exists from now on and starts
     * at the renewal date, with a new certificate when the previous one's validity ends. Returned: open again for the
     * registrant. Refused: the registration lapses once its renewal date has passed (at once, if it has).
     */
    @Audited(value = "dossier.decided", subject = "registration")
    public RenewalView decide(Long registrationId, boolean approved, boolean refuse, String reason, Long version) {
        caller.requireOffice();
        LocalDate today = clock.today();
        Registration registration = access.forChange(registrationId, version);
        RegistrationYear year = registration.currentYear(today);
        if (approved) {
            if (registration.isLapseDue(today)) {
                throw ConflictException.of("problem.conflict.lapseDue", year.getRenewalDate());
            }
            year.approve(clock.now(), caller.username());
            RegistrationYear next = registration.renew(year, clock.now(), caller.username());
            certificates.onRenewal(registration, next);
        } else if (refuse) {
            year.refuse(reason, clock.now(), caller.username());
            if (registration.isLapseDue(today)) {
                registration.lapse(today, clock.now());
            }
        } else {
            year.returnToRegistrant(reason, today, clock.now(), caller.username());
        }
        return RenewalView.of(year, completeness.of(year, today));
    }
}
