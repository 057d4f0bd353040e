package nl.beroepsregister.renewal;

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
import java.time.LocalDate;
import nl.beroepsregister.document.Document;

/** One continuing-education activity in a registration year, with its certificate of attendance as evidence. */
@Entity
@Table(name = "pe_activity")
@NamedQuery(name = PeActivity.EVIDENCE_OF_YEAR, query = """
        select d from PeActivity a join a.evidence d where a.year = :year""")
public class PeActivity {

    /**
     * The evidence of every activity of a year in one statement: read before the activities' lazy references are
     * followed, it spares one statement per activity.
     */
    public static final String EVIDENCE_OF_YEAR = "PeActivity.evidenceOfYear";

    public static final int MIN_POINTS = 1;
    public static final int MAX_POINTS = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pe_activity_seq")
    @SequenceGenerator(name = "pe_activity_seq", sequenceName = "pe_activity_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id", updatable = false)
    private RegistrationYear year;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(nullable = false)
    private int points;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PeCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_id")
    private Document evidence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected PeActivity() {
    }

    PeActivity(RegistrationYear year, LocalDate date, String title, String provider, int points,
               PeCategory category, Instant createdAt, String createdBy) {
        this.year = year;
        this.date = date;
        this.title = title.strip();
        this.provider = provider.strip();
        this.points = points;
        this.category = category;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void change(LocalDate date, String title, String provider, int points, PeCategory category) {
        this.date = date;
        this.title = title.strip();
        this.provider = provider.strip();
        this.points = points;
        this.category = category;
    }

    void attach(Document evidence) {
        this.evidence = evidence;
    }

    public boolean hasEvidence() {
        return evidence != null;
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

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public int getPoints() {
        return points;
    }

    public PeCategory getCategory() {
        return category;
    }

    public Document getEvidence() {
        return evidence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
