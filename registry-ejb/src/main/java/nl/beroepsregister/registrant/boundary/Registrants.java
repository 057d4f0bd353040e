package nl.beroepsregister.registrant.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.application.Application;
import nl.beroepsregister.account.boundary.Accounts;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.time.RegistryClock;

/** The people on the registers and their logins. */
@Stateless
public class Registrants {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    /** Adds a registrant with a registrant login; by the office. */
    @Audited(value = "registrant.created")
    public RegistrantView create(NewRegistrant data) {
        caller.requireOffice();
        Registrant registrant = new Registrant(data.firstName(), data.lastName(), data.email(), data.employer(),
                data.jobTitle(), data.language(), clock.now());
        em.persist(registrant);
        Account account = accounts.open(data.username(), data.password(), EnumSet.of(Role.REGISTRANT), registrant);
        return RegistrantView.of(registrant, account.getUsername(), List.of(), List.of());
    }

    public RegistrantView get(Long id) {
        Registrant registrant = load(id);
        caller.requireOwnOrOffice(registrant, "registrant", id);
        String username = em.createNamedQuery(Account.BY_REGISTRANT, Account.class)
                .setParameter("registrant", registrant)
                .getResultStream().findFirst().map(Account::getUsername).orElse(null);
        List<Long> registrationIds = em.createNamedQuery(Registration.IDS_OF_REGISTRANT, Long.class)
                .setParameter("registrantId", id)
                .getResultList();
        List<Long> applicationIds = em.createNamedQuery(Application.IDS_OF_REGISTRANT, Long.class)
                .setParameter("registrantId", id)
                .getResultList();
        return RegistrantView.of(registrant, username, registrationIds, applicationIds);
    }

    public Registrant load(Long id) {
        Registrant registrant = id == null ? null : em.find(Registrant.class, id);
        if (registrant == null) {
            throw NotFoundException.of("registrant", id);
        }
        return registrant;
    }
}
