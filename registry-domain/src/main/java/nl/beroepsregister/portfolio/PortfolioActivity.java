package nl.beroepsregister.portfolio;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.renewal.RegistrationYear;

/**
 * The one activity beyond daily routine that a B or A registrant proposes at the start of a registration year, and
 * later reports on in a practice report presented at the peer-review meeting.
 */
@Entity
@Table(name = "portfolio_activity")
@NamedQuery(name = PortfolioActivity.WITH_YEAR, query = """
        select p from PortfolioActivity p join fetch p.year y join fetch y.registration r join fetch r.registrant
        where p.id = :id""")
@NamedQuery(name = PortfolioActivity.CURRENT_FOR_MEETING, query = """
        select p.year.id, p.status, d.uploadedAt from PortfolioActivity p left join p.report d
        where p.year.meeting = :meeting
          and p.status in (nl.beroepsregister.portfolio.PortfolioStatus.PROPOSED,
                           nl.beroepsregister.portfolio.PortfolioStatus.APPROVED)""")
public class PortfolioActivity {

    public static final String WITH_YEAR = "PortfolioActivity.withYear";
    public static final String CURRENT_FOR_MEETING = "PortfolioActivity.currentForMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portfolio_activity_seq")
    @SequenceGenerator(name = "portfolio_activity_seq", sequenceName = "portfolio_activity_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id", updatable = false)
    private RegistrationYear year;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    /** Whether the activity aims at the local level, as level A requires. */
    @Column(name = "local_level", nullable = false)
    private boolean localLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PortfolioStatus status;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false, length = 64, updatable = false)
    private String proposedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private Document report;

    protected PortfolioActivity() {
    }

    public PortfolioActivity(RegistrationYear year, String title, String description, boolean localLevel,
                             Instant now, String by) {
        this.year = year;
        this.title = title.strip();
        this.description = description.strip();
        this.localLevel = localLevel;
        this.status = PortfolioStatus.PROPOSED;
        this.proposedAt = now;
        this.proposedBy = by;
    }

    /** Approves the proposal; for a year whose level asks for it, only an activity aimed at the local level. */
    public void approve(boolean localLevelRequired, Instant now, String by) {
        requireProposed();
        if (localLevelRequired && !localLevel) {
            throw RuleViolationException.of("rule.portfolio.localLevelRequired", year.getLevel());
        }
        status = PortfolioStatus.APPROVED;
        decidedAt = now;
        decidedBy = by;
    }

    public void reject(String reason, Instant now, String by) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "rule.reasonRequired");
        }
        requireProposed();
        status = PortfolioStatus.REJECTED;
        rejectionReason = reason.strip();
        decidedAt = now;
        decidedBy = by;
    }

    private void requireProposed() {
        if (status != PortfolioStatus.PROPOSED) {
            throw ConflictException.of("problem.conflict.portfolioDecided", status);
        }
    }

    /** Attaches the practice report; the year checks when that is allowed. */
    public void attachReport(Document report) {
        if (status != PortfolioStatus.APPROVED) {
            throw RuleViolationException.of("rule.portfolio.reportNeedsApproval");
        }
        this.report = report;
    }

    public boolean hasReport() {
        return report != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RegistrationYear getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isLocalLevel() {
        return localLevel;
    }

    public PortfolioStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Document getReport() {
        return report;
    }
}
