package nl.beroepsregister.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to deliver a reminder, as it went: the reminder log that the office reads. */
@Entity
@Table(name = "reminder_attempt")
public class ReminderAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_attempt_seq")
    @SequenceGenerator(name = "reminder_attempt_seq", sequenceName = "reminder_attempt_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reminder_id", updatable = false)
    private Reminder reminder;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private boolean delivered;

    @Column(name = "server", length = 100, updatable = false)
    private String server;

    @Column(length = 1000, updatable = false)
    private String error;

    protected ReminderAttempt() {
    }

    public ReminderAttempt(Reminder reminder, Instant at, boolean delivered, String server, String error) {
        this.reminder = reminder;
        this.at = at;
        this.delivered = delivered;
        this.server = server;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public Reminder getReminder() {
        return reminder;
    }

    public Instant getAt() {
        return at;
    }

    public boolean isDelivered() {
        return delivered;
    }

    public String getServer() {
        return server;
    }

    public String getError() {
        return error;
    }
}
