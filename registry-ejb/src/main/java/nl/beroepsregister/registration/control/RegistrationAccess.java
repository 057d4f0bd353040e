package nl.beroepsregister.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registration.Registration;

/** Loads a registration for the caller: the office any, a registrant only their own (another's is "not found"). */
@Dependent
public class RegistrationAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * The registration with its registrant and register in one statement (three with {@code find} and lazy loading).
     * An instance already in the persistence context is the one returned, so nothing needs flushing first.
     */
    public Registration load(Long id) {
        if (id == null) {
            throw NotFoundException.of("registration", null);
        }
        return em.createNamedQuery(Registration.BY_ID, Registration.class)
                .setParameter("id", id)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("registration", id));
    }

    public Registration visible(Long id) {
        Registration registration = load(id);
        requireVisible(registration, "registration", id);
        return registration;
    }

    /** Refuses something of a registration (a certificate, say) as it refuses the registration itself. */
    public void requireVisible(Registration registration, String what, Object id) {
        caller.requireOwnOrOffice(registration.getRegistrant(), what, id);
    }

    /**
     * The registration for a change to it or to anything in it (dossier, evidence, portfolio): its version goes up at
     * commit, so two changes made at the same time conflict instead of one silently overwriting the other.
     */
    public Registration forChange(Long id, Long expectedVersion) {
        Registration registration = visible(id);
        registration.requireVersion(expectedVersion);
        em.lock(registration, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return registration;
    }

    public void lockForChange(Registration registration) {
        em.lock(registration, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
