package nl.beroepsregister.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.renewal.RegistrationYear;

/**
 * One reminder in the outbox: a row per registration, registration year and kind, under a unique key, so that no
 * number of runs, restarts or servers can queue it twice. It is inserted (by a set-based statement) in the same
 * transaction that decides it is due, and delivered afterwards with retries; every attempt is recorded.
 */
@Entity
@Table(name = "reminder")
@NamedQuery(name = Reminder.OF_REGISTRATION, query = """
        select m from Reminder m where m.registration.id = :registrationId order by m.queuedAt, m.id""")
@NamedQuery(name = Reminder.DELIVERABLE, query = """
        select m.id from Reminder m
        where (m.status = nl.beroepsregister.reminder.ReminderStatus.PENDING and m.nextAttemptAt <= :now)
           or (m.status = nl.beroepsregister.reminder.ReminderStatus.SENDING and m.claimedAt < :staleBefore)
        order by m.id""")
@NamedQuery(name = Reminder.COUNT_FAILED, query = """
        select count(m) from Reminder m where m.status = nl.beroepsregister.reminder.ReminderStatus.FAILED""")
public class Reminder {

    public static final String OF_REGISTRATION = "Reminder.ofRegistration";
    public static final String DELIVERABLE = "Reminder.deliverable";
    public static final String COUNT_FAILED = "Reminder.countFailed";

    @Id
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", updatable = false)
    private Registration registration;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id", updatable = false)
    private RegistrationYear year;

    @Column(name = "year_start", nullable = false, updatable = false)
    private LocalDate yearStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ReminderKind kind;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    /** The office's address for a copy, for the kinds that go to the office too. */
    @Column(name = "copy_to", length = 254, updatable = false)
    private String copyTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReminderStatus status;

    /** The day on which the reminder was found due. */
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @OneToMany(mappedBy = "reminder")
    @OrderBy("at, id")
    private List<ReminderAttempt> history = new ArrayList<>();

    protected Reminder() {
    }

    /**
     * The outcome of one delivery attempt that failed: back to the queue with a growing wait, or given up after the
     * last attempt.
     */
    public void failed(String error, Instant now, int maxAttempts, Duration firstWait) {
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        this.claimedAt = null;
        this.claimedBy = null;
        if (attempts >= maxAttempts) {
            this.status = ReminderStatus.FAILED;
            return;
        }
        this.status = ReminderStatus.PENDING;
        long factor = 1L << Math.min(attempts - 1, 16);
        this.nextAttemptAt = now.plus(firstWait.multipliedBy(factor));
    }

    public void sent(Instant now) {
        this.status = ReminderStatus.SENT;
        this.sentAt = now;
        this.claimedAt = null;
        this.lastError = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Registration getRegistration() {
        return registration;
    }

    public RegistrationYear getYear() {
        return year;
    }

    public LocalDate getYearStart() {
        return yearStart;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getCopyTo() {
        return copyTo;
    }

    public ReminderStatus getStatus() {
        return status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public List<ReminderAttempt> getHistory() {
        return List.copyOf(history);
    }
}
