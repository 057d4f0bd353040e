package nl.beroepsregister.registration.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.time.RegistryClock;

/** Registrations and their status: reading, withdrawal, striking off, and the daily lapse. */
@Stateless
public class Registrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    RegistrationAccess access;

    public RegistrationView get(Long id) {
        return RegistrationView.of(access.visible(id), clock.today());
    }

    /**
     * Withdraws (the registrant or the office) or strikes off (the office, with a reason) a registration; every other
     * change asked for here is an illegal transition.
     */
    @Audited(value = "registration.transition", subject = "registration")
    public RegistrationView change(Long id, RegistrationStatus to, String reason, Long version) {
        Registration registration = access.visible(id);
        if (to == RegistrationStatus.STRUCK_OFF && !caller.isOffice()) {
            throw AccessDeniedException.forbidden();
        }
        registration.requireVersion(version);
        registration.change(to, reason, clock.now(), caller.username());
        return RegistrationView.of(registration, clock.today());
    }

    /** The registrations that should lapse as of today, by id: each is then lapsed in a transaction of its own. */
    public List<Long> lapseCandidates(LocalDate today) {
        return em.createNamedQuery(Registration.LAPSE_CANDIDATES, Long.class)
                .setParameter("today", today)
                .getResultList();
    }

    /** Lapses one registration if it is still due; returns whether it lapsed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lapseIfDue(Long id, LocalDate today) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null || !registration.isLapseDue(today)) {
            return false;
        }
        registration.lapse(today, clock.now());
        return true;
    }
}
