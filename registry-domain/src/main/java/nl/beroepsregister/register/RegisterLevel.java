package nl.beroepsregister.register;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A level as one register configures it: who may enter it, and what its yearly renewal asks.
 * The AMB numbers (DOMAIN.md §5, §7, §8) are the default data; another register sets its own.
 */
@Entity
@Table(name = "register_level")
public class RegisterLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_level_seq")
    @SequenceGenerator(name = "register_level_seq", sequenceName = "register_level_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "register_id")
    private Register register;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Level level;

    /** The job title of the function profile for this level. */
    @Column(name = "function_title", nullable = false, length = 200)
    private String functionTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_work_level", nullable = false, length = 16)
    private WorkLevel minimumWorkLevel;

    /** Years of experience that open this level: at least this many, or more than this many when exclusive. */
    @Column(name = "experience_years", nullable = false, precision = 4, scale = 1)
    private BigDecimal experienceYears;

    @Column(name = "experience_exclusive", nullable = false)
    private boolean experienceExclusive;

    /** Whether passing the register's course is a route into this level. */
    @Column(name = "course_route", nullable = false)
    private boolean courseRoute;

    @Column(name = "pe_minimum", nullable = false)
    private int peMinimum;

    @Column(name = "network_minimum")
    private Integer networkMinimum;

    @Column(name = "network_maximum")
    private Integer networkMaximum;

    @Column(name = "certificate_validity_months", nullable = false)
    private int certificateValidityMonths;

    @Column(name = "questionnaire_required", nullable = false)
    private boolean questionnaireRequired;

    @Column(name = "portfolio_required", nullable = false)
    private boolean portfolioRequired;

    /** Whether the portfolio activity must aim at the local level (A). */
    @Column(name = "portfolio_local_level", nullable = false)
    private boolean portfolioLocalLevel;

    @Column(name = "peer_review_required", nullable = false)
    private boolean peerReviewRequired;

    protected RegisterLevel() {
    }

    public RegisterLevel(Level level, String functionTitle, WorkLevel minimumWorkLevel,
                         BigDecimal experienceYears, boolean experienceExclusive, boolean courseRoute,
                         PeRequirement pe, int certificateValidityMonths, DossierContent content) {
        this.level = level;
        this.functionTitle = functionTitle;
        this.minimumWorkLevel = minimumWorkLevel;
        this.experienceYears = experienceYears;
        this.experienceExclusive = experienceExclusive;
        this.courseRoute = courseRoute;
        this.certificateValidityMonths = certificateValidityMonths;
        changePe(pe);
        changeContent(content);
    }

    void attachTo(Register register) {
        this.register = register;
    }

    /** Whether the given years of experience are enough for this level. */
    public boolean admitsExperience(BigDecimal years) {
        int comparison = years.compareTo(experienceYears);
        return experienceExclusive ? comparison > 0 : comparison >= 0;
    }

    public PeRequirement peRequirement() {
        return new PeRequirement(peMinimum, networkMinimum, networkMaximum);
    }

    public DossierContent dossierContent() {
        return new DossierContent(questionnaireRequired, portfolioRequired, portfolioLocalLevel, peerReviewRequired);
    }

    public final void changePe(PeRequirement pe) {
        this.peMinimum = pe.minimum();
        this.networkMinimum = pe.networkMinimum();
        this.networkMaximum = pe.networkMaximum();
    }

    public final void changeContent(DossierContent content) {
        this.questionnaireRequired = content.questionnaire();
        this.portfolioRequired = content.portfolio();
        this.portfolioLocalLevel = content.portfolioLocalLevel();
        this.peerReviewRequired = content.peerReview();
    }

    public void changeEntry(String functionTitle, WorkLevel minimumWorkLevel, BigDecimal experienceYears,
                            boolean experienceExclusive, boolean courseRoute, int certificateValidityMonths) {
        this.functionTitle = functionTitle;
        this.minimumWorkLevel = minimumWorkLevel;
        this.experienceYears = experienceYears;
        this.experienceExclusive = experienceExclusive;
        this.courseRoute = courseRoute;
        this.certificateValidityMonths = certificateValidityMonths;
    }

    public Long getId() {
        return id;
    }

    public Register getRegister() {
        return register;
    }

    public Level getLevel() {
        return level;
    }

    public String getFunctionTitle() {
        return functionTitle;
    }

    public WorkLevel getMinimumWorkLevel() {
        return minimumWorkLevel;
    }

    public BigDecimal getExperienceYears() {
        return experienceYears;
    }

    public boolean isExperienceExclusive() {
        return experienceExclusive;
    }

    public boolean isCourseRoute() {
        return courseRoute;
    }

    public int getCertificateValidityMonths() {
        return certificateValidityMonths;
    }
}
