package nl.beroepsregister.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.beroepsregister.register.Register;

/** A peer-review meeting ("intervisiebijeenkomst") where registrants present their practice reports. */
@Entity
@Table(name = "peer_review_meeting")
@NamedQuery(name = PeerReviewMeeting.FROM, query = """
        select m from PeerReviewMeeting m join fetch m.register where m.date >= :from order by m.date, m.id""")
public class PeerReviewMeeting {

    public static final String FROM = "PeerReviewMeeting.from";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "peer_review_meeting_seq")
    @SequenceGenerator(name = "peer_review_meeting_seq", sequenceName = "peer_review_meeting_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "register_id", updatable = false)
    private Register register;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String location;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected PeerReviewMeeting() {
    }

    public PeerReviewMeeting(Register register, LocalDate date, String location, Instant now, String by) {
        this.register = register;
        this.date = date;
        this.location = location.strip();
        this.createdAt = now;
        this.createdBy = by;
    }

    /** Whether the meeting has taken place by the given day (on its date it counts as held). */
    public boolean isHeldBy(LocalDate today) {
        return !today.isBefore(date);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Register getRegister() {
        return register;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLocation() {
        return location;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
