package nl.beroepsregister.reminder.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.beroepsregister.reminder.ReminderKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the reminders that are due today into the outbox: per kind one set-based statement that selects the due
 * registration years and inserts a row for each that has none yet. The unique key on (registration, year, kind) and
 * {@code ON CONFLICT DO NOTHING} make a second run, or a run on another server at the same moment, insert nothing.
 */
@Dependent
public class ReminderQueue {

    /** What every kind selects: active registrations whose dossier is still open. */
    static final String DUE_YEARS = """
            FROM registration_year y
            JOIN registration r ON r.id = y.registration_id
            JOIN registrant p ON p.id = r.registrant_id
            WHERE r.status = 'ACTIVE'
              AND y.dossier_status IN ('OPEN', 'RETURNED')
            """;

    static final String NOT_QUEUED = """
              AND NOT EXISTS (SELECT 1 FROM reminder m
                              WHERE m.registration_id = r.id AND m.year_start = y.start_date AND m.kind = ?1)
            """;

    /** The due years per kind; ?2 and ?3 are the date bounds that ReminderSchedule computes. */
    static String window(ReminderKind kind) {
        return switch (kind) {
            // from three months before the renewal date until the deadline
            case DOSSIER_DUE_SOON -> "  AND y.renewal_date <= ?2 AND y.submission_deadline > ?3\n";
            // on the deadline
            case DOSSIER_DUE -> "  AND y.submission_deadline <= ?2 AND y.submission_deadline >= ?3\n";
            // from the day after a missed deadline until the renewal date
            case DEADLINE_MISSED -> "  AND y.submission_deadline <= ?2 AND y.renewal_date > ?3\n";
            // from the start of the year until the deadline, for levels with a portfolio, until one is proposed
            case PORTFOLIO_PROPOSAL -> """
                      AND y.start_date <= ?2 AND y.submission_deadline >= ?3
                      AND EXISTS (SELECT 1 FROM register_level l
                                  WHERE l.register_id = r.register_id AND l.level = y.level
                                    AND l.portfolio_required = TRUE)
                      AND NOT EXISTS (SELECT 1 FROM portfolio_activity a
                                      WHERE a.year_id = y.id AND a.status IN ('PROPOSED', 'APPROVED'))
                    """;
        };
    }

    /** The bare query of the due rows, as the queueing statement selects them (for comparison in benchmarks). */
    public static String dueSelection(ReminderKind kind) {
        return "SELECT r.id, y.id, y.start_date, p.email\n" + DUE_YEARS + window(kind) + NOT_QUEUED;
    }

    private static String insert(ReminderKind kind) {
        return """
                INSERT INTO reminder (id, version, registration_id, year_id, year_start, kind, recipient, copy_to,
                                      status, due_on, queued_at, attempts, next_attempt_at)
                SELECT nextval('reminder_seq'), 0, r.id, y.id, y.start_date, ?1, p.email, ?4,
                       'PENDING', ?5, ?6, 0, ?6
                """ + DUE_YEARS + window(kind) + NOT_QUEUED + "ON CONFLICT DO NOTHING";
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ReminderSchedule schedule;

    @Inject
    @ConfigProperty(name = "registry.mail.office")
    Optional<String> officeAddress;

    /** Queues every kind due today; returns how many reminders were queued. Runs in the caller's transaction. */
    public int queueDue(LocalDate today, Instant now) {
        int queued = 0;
        for (ReminderKind kind : ReminderKind.values()) {
            queued += queue(kind, today, now);
        }
        return queued;
    }

    int queue(ReminderKind kind, LocalDate today, Instant now) {
        LocalDate[] bounds = bounds(kind, today);
        String copyTo = kind == ReminderKind.DEADLINE_MISSED ? officeAddress.filter(a -> !a.isBlank()).orElse(null)
                : null;
        return em.createNativeQuery(insert(kind))
                .setParameter(1, kind.name())
                .setParameter(2, bounds[0])
                .setParameter(3, bounds[1])
                .setParameter(4, copyTo)
                .setParameter(5, today)
                .setParameter(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The two date parameters of a kind's window as of today. */
    public LocalDate[] bounds(ReminderKind kind, LocalDate today) {
        return switch (kind) {
            case DOSSIER_DUE_SOON -> new LocalDate[] {schedule.latestRenewalDateDueSoon(today), today};
            case DOSSIER_DUE -> new LocalDate[] {today, today};
            case DEADLINE_MISSED -> new LocalDate[] {schedule.latestDeadlineMissed(today), today};
            case PORTFOLIO_PROPOSAL -> new LocalDate[] {schedule.latestStartForProposal(today), today};
        };
    }
}
