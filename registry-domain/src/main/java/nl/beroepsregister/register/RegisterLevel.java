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
import java.util.ArrayList;
import java.util.List;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;

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

    public static final BigDecimal MAX_EXPERIENCE_YEARS = new BigDecimal("60");
    public static final int MAX_PE_POINTS = 200;
    public static final int MAX_CERTIFICATE_VALIDITY_MONTHS = 120;

    protected RegisterLevel() {
    }

    public RegisterLevel(Level level, String functionTitle, WorkLevel minimumWorkLevel,
                         BigDecimal experienceYears, boolean experienceExclusive, boolean courseRoute,
                         PeRequirement pe, int certificateValidityMonths, DossierContent content) {
        this(level);
        change(functionTitle, minimumWorkLevel, experienceYears, experienceExclusive, courseRoute,
                pe.minimum(), pe.networkMinimum(), pe.networkMaximum(), certificateValidityMonths, content);
    }

    private RegisterLevel(Level level) {
        if (level == null) {
            Register.refuse(List.of(Register.violation("level", "rule.register.levelRequired")));
        }
        this.level = level;
    }

    /** A level as an administrator enters it: every number checked, each refusal naming its field. */
    public static RegisterLevel of(Level level, String functionTitle, WorkLevel minimumWorkLevel,
                                   BigDecimal experienceYears, boolean experienceExclusive, boolean courseRoute,
                                   int peMinimum, Integer networkMinimum, Integer networkMaximum,
                                   int certificateValidityMonths, DossierContent content) {
        RegisterLevel created = new RegisterLevel(level);
        created.change(functionTitle, minimumWorkLevel, experienceYears, experienceExclusive, courseRoute, peMinimum,
                networkMinimum, networkMaximum, certificateValidityMonths, content);
        return created;
    }

    void attachTo(Register register) {
        this.register = register;
    }

    /**
     * Changes every number of the level at once, after checking them all: who may enter it, what its yearly renewal
     * asks, and how long its certificate is valid. The renewal's numbers apply at once, also to the years in progress
     * (DOMAIN.md §11: they are the register's data); a certificate keeps the validity it was issued with.
     */
    public final void change(String functionTitle, WorkLevel minimumWorkLevel, BigDecimal experienceYears,
                             boolean experienceExclusive, boolean courseRoute, int peMinimum,
                             Integer networkMinimum, Integer networkMaximum, int certificateValidityMonths,
                             DossierContent content) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (Register.blankOrLonger(functionTitle, 200)) {
            violations.add(Register.violation("functionTitle", "rule.register.functionTitleRequired", 200));
        }
        if (minimumWorkLevel == null) {
            violations.add(Register.violation("minimumWorkLevel", "rule.register.workLevelRequired"));
        }
        if (experienceYears == null || experienceYears.signum() < 0
                || experienceYears.compareTo(MAX_EXPERIENCE_YEARS) > 0
                || experienceYears.stripTrailingZeros().scale() > 1) {
            violations.add(Register.violation("experienceYears", "rule.register.experienceRange",
                    MAX_EXPERIENCE_YEARS.intValue()));
        }
        if (peMinimum < 0 || peMinimum > MAX_PE_POINTS) {
            violations.add(Register.violation("peMinimum", "rule.register.peMinimumRange", MAX_PE_POINTS));
        }
        if (networkMinimum != null && (networkMinimum < 0 || networkMinimum > MAX_PE_POINTS)) {
            violations.add(Register.violation("networkMinimum", "rule.register.networkRange", MAX_PE_POINTS));
        }
        if (networkMaximum != null && (networkMaximum < 0 || networkMaximum > MAX_PE_POINTS)) {
            violations.add(Register.violation("networkMaximum", "rule.register.networkRange", MAX_PE_POINTS));
        }
        if (networkMinimum != null && networkMaximum != null && networkMinimum > networkMaximum) {
            violations.add(Register.violation("networkMaximum", "rule.register.networkMinAboveMax"));
        }
        if (certificateValidityMonths < 1 || certificateValidityMonths > MAX_CERTIFICATE_VALIDITY_MONTHS) {
            violations.add(Register.violation("certificateValidityMonths", "rule.register.validityRange",
                    MAX_CERTIFICATE_VALIDITY_MONTHS));
        }
        if (content == null) {
            content = DossierContent.DECLARATION_AND_PE_ONLY;
        }
        if (content.portfolioLocalLevel() && !content.portfolio()) {
            violations.add(Register.violation("portfolioLocalLevel", "rule.register.localLevelNeedsPortfolio"));
        }
        Register.refuse(violations);
        this.functionTitle = functionTitle.strip();
        this.minimumWorkLevel = minimumWorkLevel;
        this.experienceYears = experienceYears.setScale(1, java.math.RoundingMode.UNNECESSARY);
        this.experienceExclusive = experienceExclusive;
        this.courseRoute = courseRoute;
        this.peMinimum = peMinimum;
        this.networkMinimum = networkMinimum;
        this.networkMaximum = networkMaximum;
        this.certificateValidityMonths = certificateValidityMonths;
        this.questionnaireRequired = content.questionnaire();
        this.portfolioRequired = content.portfolio();
        this.portfolioLocalLevel = content.portfolioLocalLevel();
        this.peerReviewRequired = content.peerReview();
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

    public void changePe(PeRequirement pe) {
        change(functionTitle, minimumWorkLevel, experienceYears, experienceExclusive, courseRoute, pe.minimum(),
                pe.networkMinimum(), pe.networkMaximum(), certificateValidityMonths, dossierContent());
    }

    public void changeContent(DossierContent content) {
        change(functionTitle, minimumWorkLevel, experienceYears, experienceExclusive, courseRoute, peMinimum,
                networkMinimum, networkMaximum, certificateValidityMonths, content);
    }

    public void changeEntry(String functionTitle, WorkLevel minimumWorkLevel, BigDecimal experienceYears,
                            boolean experienceExclusive, boolean courseRoute, int certificateValidityMonths) {
        change(functionTitle, minimumWorkLevel, experienceYears, experienceExclusive, courseRoute, peMinimum,
                networkMinimum, networkMaximum, certificateValidityMonths, dossierContent());
    }

    /** Refuses a stale change: the caller saw another version of this level than the stored one. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw ConflictException.staleVersion();
        }
    }

    public long getVersion() {
        return version;
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
