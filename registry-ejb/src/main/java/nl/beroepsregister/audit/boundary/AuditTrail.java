package nl.beroepsregister.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.audit.AuditEvent;
import nl.beroepsregister.time.RegistryClock;

/**
 * The audit trail: appended to by the interceptor on audited boundary methods, by sign-in and by the API's refusals;
 * read by the office, newest first, a page at a time.
 */
@Stateless
public class AuditTrail {

    private static final int MAX_PAGE = 200;
    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    /** The caller's network address for the lines written during this request (set by the web layer). */
    public static void fromAddress(String address) {
        if (address == null) {
            ADDRESS.remove();
        } else {
            ADDRESS.set(address);
        }
    }

    /** An action that went through: part of its own transaction, so it is recorded only if it commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void done(String action, String subject, String detail) {
        write(caller.username(), action, subject, AuditEvent.Outcome.DONE, detail);
    }

    /** A refusal for who the caller is (a role that may not): recorded whatever happens to the request. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String action, String subject, String reason) {
        write(caller.username(), action, subject, AuditEvent.Outcome.REFUSED, reason);
    }

    /** Something done outside a boundary's transaction, such as a download streamed by the web layer. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recorded(String action, String subject, String detail) {
        write(caller.username(), action, subject, AuditEvent.Outcome.DONE, detail);
    }

    /** Signing in, by username, with its outcome: never the password. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signIn(String username, boolean succeeded, String address, String how) {
        em.persist(new AuditEvent(clock.now(), username, succeeded ? "account.signedIn" : "account.signInFailed",
                null, succeeded ? AuditEvent.Outcome.DONE : AuditEvent.Outcome.REFUSED, how, address));
    }

    private void write(String actor, String action, String subject, AuditEvent.Outcome outcome, String detail) {
        em.persist(new AuditEvent(clock.now(), actor, action, subject, outcome, detail, ADDRESS.get()));
    }

    /** A page of the trail, newest first, filtered by subject ("registration:42"), actor or action. */
    public List<AuditEvent> page(String subject, String actor, String action, Instant before, int size) {
        caller.requireOffice();
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        if (subject != null) {
            jpql.append(" and e.subject = :subject");
        }
        if (actor != null) {
            jpql.append(" and e.actor = :actor");
        }
        if (action != null) {
            jpql.append(" and e.action = :action");
        }
        if (before != null) {
            jpql.append(" and e.at < :before");
        }
        jpql.append(" order by e.at desc, e.id desc");
        TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class);
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE)).getResultList();
    }
}
