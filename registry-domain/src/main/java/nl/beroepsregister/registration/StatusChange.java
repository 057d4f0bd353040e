package nl.beroepsregister.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.beroepsregister.register.Level;

/**
 * One entry in a registration's history: who changed what, when, from which status to which, and why. Written once
 * and never changed: no column is updatable and nothing exposes a setter.
 */
@Entity
@Table(name = "status_change")
public class StatusChange {

    /** The name recorded for changes the register makes by itself, such as the daily lapse. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", updatable = false)
    private Registration registration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private RegistrationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    private RegistrationStatus toStatus;

    /** The level of the registration after the change. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1, updatable = false)
    private Level level;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String by;

    /** The reason a person gave, if any; otherwise the kind says why. */
    @Column(length = 2000, updatable = false)
    private String reason;

    protected StatusChange() {
    }

    StatusChange(Registration registration, ChangeKind kind, Level level, Instant at, String by, String reason) {
        this.registration = registration;
        this.kind = kind;
        this.fromStatus = kind.from();
        this.toStatus = kind.to();
        this.level = level;
        this.at = at;
        this.by = by;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public RegistrationStatus getFromStatus() {
        return fromStatus;
    }

    public RegistrationStatus getToStatus() {
        return toStatus;
    }

    public Level getLevel() {
        return level;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }
}
