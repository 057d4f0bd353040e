package nl.beroepsregister.reminder.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.reminder.Reminder;
import nl.beroepsregister.reminder.ReminderKind;
import nl.beroepsregister.reminder.ReminderText;
import nl.beroepsregister.reminder.control.ReminderMail;
import nl.beroepsregister.reminder.control.ReminderQueue;
import nl.beroepsregister.time.RegistryClock;

/** The reminders: queueing what is due, the log the office reads, and the wording an administrator may change. */
@Stateless
public class Reminders {

    private static final int LATEST = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReminderQueue queue;

    @Inject
    ReminderMail mail;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    /** Queues every reminder due today, in one transaction of its own; returns how many were queued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int queueDue(LocalDate today, Instant now) {
        return queue.queueDue(today, now);
    }

    /** The reminder log of one registration, or the latest reminders of all, oldest first; for the office. */
    public List<ReminderView> log(Long registrationId) {
        caller.requireOffice();
        List<Reminder> reminders;
        if (registrationId != null) {
            reminders = em.createNamedQuery(Reminder.OF_REGISTRATION, Reminder.class)
                    .setParameter("registrationId", registrationId)
                    .getResultList();
        } else {
            reminders = new ArrayList<>(em.createQuery("select m from Reminder m order by m.queuedAt desc, m.id desc",
                    Reminder.class).setMaxResults(LATEST).getResultList());
            java.util.Collections.reverse(reminders);
        }
        return reminders.stream().map(ReminderView::of).toList();
    }

    public long failedCount() {
        caller.requireOffice();
        return em.createNamedQuery(Reminder.COUNT_FAILED, Long.class).getSingleResult();
    }

    public List<ReminderTextView> texts() {
        caller.requireOffice();
        List<ReminderTextView> texts = new ArrayList<>();
        for (ReminderKind kind : ReminderKind.values()) {
            for (Language language : Language.values()) {
                texts.add(mail.stored(kind, language).map(text -> ReminderTextView.of(text, true))
                        .orElseGet(() -> ReminderTextView.of(ReminderMail.defaultWording(kind, language), false)));
            }
        }
        return texts;
    }

    /** An administrator's own wording of a reminder, with the same placeholders as the default. */
    @Audited(value = "reminder.textChanged")
    public ReminderTextView changeText(ReminderKind kind, Language language, String subject, String body) {
        caller.requireAdmin();
        ReminderText text = mail.stored(kind, language).orElseGet(() -> {
            ReminderText created = new ReminderText(kind, language);
            em.persist(created);
            return created;
        });
        text.change(subject, body, clock.now(), caller.username());
        return ReminderTextView.of(text, true);
    }

    /** Back to the default wording. */
    @Audited(value = "reminder.textRestored")
    public ReminderTextView restoreText(ReminderKind kind, Language language) {
        caller.requireAdmin();
        mail.stored(kind, language).ifPresent(em::remove);
        return ReminderTextView.of(ReminderMail.defaultWording(kind, language), false);
    }
}
