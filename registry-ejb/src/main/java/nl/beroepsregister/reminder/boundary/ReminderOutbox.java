package nl.beroepsregister.reminder.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.beroepsregister.reminder.Reminder;
import nl.beroepsregister.reminder.ReminderAttempt;
import nl.beroepsregister.reminder.ReminderStatus;
import nl.beroepsregister.reminder.control.ReminderMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's own transactions, each committed on its own: claiming a reminder (so that of several servers only one
 * delivers it), writing it, and recording the outcome of an attempt. Mail is never sent inside a transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReminderMail mail;

    @Inject
    @ConfigProperty(name = "registry.reminders.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "registry.reminders.retry-after", defaultValue = "PT5M")
    Duration firstWait;

    /** A claim that a server died holding is taken over after this long (the mail goes out with the same id). */
    @Inject
    @ConfigProperty(name = "registry.reminders.claim-expiry", defaultValue = "PT15M")
    Duration claimExpiry;

    public List<Long> deliverable(Instant now, int limit) {
        return em.createNamedQuery(Reminder.DELIVERABLE, Long.class)
                .setParameter("now", now)
                .setParameter("staleBefore", now.minus(claimExpiry))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims a reminder for this server. The conditional update succeeds for exactly one claimant: a second server,
     * or a second run, finds the status changed and gets nothing.
     */
    public boolean claim(Long id, Instant now, String server) {
        return em.createQuery("""
                        update Reminder m
                        set m.status = nl.beroepsregister.reminder.ReminderStatus.SENDING, m.claimedAt = :now,
                            m.claimedBy = :server, m.attempts = m.attempts + 1, m.version = m.version + 1
                        where m.id = :id
                          and ((m.status = nl.beroepsregister.reminder.ReminderStatus.PENDING
                                and m.nextAttemptAt <= :now)
                            or (m.status = nl.beroepsregister.reminder.ReminderStatus.SENDING
                                and m.claimedAt < :staleBefore))""")
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("server", server)
                .setParameter("staleBefore", now.minus(claimExpiry))
                .executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ReminderMail.Written> write(Long id) {
        Reminder reminder = em.find(Reminder.class, id);
        return reminder == null || reminder.getStatus() != ReminderStatus.SENDING ? Optional.empty()
                : Optional.of(mail.write(reminder));
    }

    public void delivered(Long id, Instant now, String server) {
        Reminder reminder = em.find(Reminder.class, id);
        reminder.sent(now);
        em.persist(new ReminderAttempt(reminder, now, true, server, null));
    }

    /** Records a failed attempt; the reminder waits for its next attempt, or is given up after the last. */
    public ReminderStatus failed(Long id, Instant now, String server, String error) {
        Reminder reminder = em.find(Reminder.class, id);
        reminder.failed(error, now, maxAttempts, firstWait);
        em.persist(new ReminderAttempt(reminder, now, false, server, error));
        return reminder.getStatus();
    }
}
