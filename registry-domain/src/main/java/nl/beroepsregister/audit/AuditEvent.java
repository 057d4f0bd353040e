package nl.beroepsregister.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit trail: who did what, when, to which thing, from where, and whether it was allowed. Written
 * once, never changed (no column is updatable and nothing offers a setter), never holding a password or a document's
 * content.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the action went through or was refused. */
    public enum Outcome { DONE, REFUSED }

    public static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, length = 64, updatable = false)
    private String action;

    /** The thing acted on, as "kind:id" (e.g. "registration:42"), if any. */
    @Column(length = 80, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Outcome outcome;

    @Column(length = MAX_DETAIL, updatable = false)
    private String detail;

    @Column(length = 64, updatable = false)
    private String address;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String actor, String action, String subject, Outcome outcome, String detail,
                      String address) {
        this.at = at;
        this.actor = actor == null || actor.isBlank() ? "anonymous" : cut(actor, 64);
        this.action = action;
        this.subject = subject == null ? null : cut(subject, 80);
        this.outcome = outcome;
        this.detail = detail == null ? null : cut(detail, MAX_DETAIL);
        this.address = address == null ? null : cut(address, 64);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}
