package nl.beroepsregister.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.UploadLimits;
import nl.beroepsregister.indication.LevelIndication;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.WorkLevel;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;

/**
 * A request to enter a level of a register by one route, with the facts the applicant reports and the evidence.
 * The office plans the audit; the auditor or the office decides. Passing starts (or, for an upgrade, raises) a
 * registration.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.OPEN_FOR, query = """
        select a from Application a
        where a.registrant = :registrant and a.register = :register
          and a.status in (nl.beroepsregister.application.ApplicationStatus.APPLIED,
                           nl.beroepsregister.application.ApplicationStatus.AUDIT_PLANNED)""")
@NamedQuery(name = Application.IDS_OF_REGISTRANT, query = """
        select a.id from Application a where a.registrant.id = :registrantId order by a.appliedAt, a.id""")
public class Application {

    public static final String OPEN_FOR = "Application.openFor";
    public static final String IDS_OF_REGISTRANT = "Application.idsOfRegistrant";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registrant_id", updatable = false)
    private Registrant registrant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "register_id", updatable = false)
    private Register register;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_level", nullable = false, length = 1, updatable = false)
    private Level requestedLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Route route;

    @Column(name = "experience_years", nullable = false, precision = 4, scale = 1)
    private BigDecimal experienceYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_level", nullable = false, length = 16)
    private WorkLevel workLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "function_level", nullable = false, length = 1)
    private Level functionLevel;

    @Column(name = "course_completed_on")
    private LocalDate courseCompletedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false, length = 64, updatable = false)
    private String appliedBy;

    @Column(name = "audit_date")
    private LocalDate auditDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "auditor_id")
    private Account auditor;

    @Column(name = "decision_passed")
    private Boolean decisionPassed;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_level", length = 1)
    private Level decisionLevel;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @OneToMany
    @JoinTable(name = "application_document",
            joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    @OrderBy("uploadedAt")
    private List<Document> documents = new ArrayList<>();

    protected Application() {
    }

    private Application(Registrant registrant, Register register, Level requestedLevel, Route route,
                        ApplicantFacts facts, Instant now, String by) {
        this.registrant = registrant;
        this.register = register;
        this.requestedLevel = requestedLevel;
        this.route = route;
        this.experienceYears = facts.experienceYears();
        this.workLevel = facts.workLevel();
        this.functionLevel = facts.functionLevel();
        this.courseCompletedOn = facts.courseCompletedOn();
        this.status = ApplicationStatus.APPLIED;
        this.appliedAt = now;
        this.appliedBy = by;
    }

    /**
     * Opens an application, refused when its route cannot lead to the level: the course route for a level that
     * has none or without the completion date, an upgrade without an active registration one level lower, or a new
     * entry while already active in the register. The level conditions themselves are for the decision: the
     * indication is only an indication.
     *
     * @param active the applicant's active registration in this register, if any
     */
    public static Application apply(Registrant registrant, Register register, Level requestedLevel, Route route,
                                    ApplicantFacts facts, Optional<Registration> active, boolean openApplication,
                                    LocalDate today, Instant now, String by) {
        facts.requireCourseDateNotAfter(today);
        if (openApplication) {
            throw ConflictException.of("problem.conflict.openApplication", register.getCode());
        }
        register.getLevel(requestedLevel);
        checkRoute(register, requestedLevel, route, facts, active);
        return new Application(registrant, register, requestedLevel, route, facts, now, by);
    }

    private static void checkRoute(Register register, Level level, Route route, ApplicantFacts facts,
                                   Optional<Registration> active) {
        switch (route) {
            case ENTRY_AUDIT -> active.ifPresent(registration -> {
                throw RuleViolationException.of("rule.application.alreadyRegistered",
                        registration.getRegistrationNumber(), registration.getLevel());
            });
            case UPGRADE -> {
                Level lower = level.previous().filter(register::offers).orElseThrow(
                        () -> RuleViolationException.of("rule.application.upgradeFromLowest", level));
                if (active.isEmpty() || active.get().getLevel() != lower) {
                    throw RuleViolationException.of("rule.application.upgradeNeedsActiveLower", lower, level);
                }
            }
            case COURSE -> {
                if (!register.getLevel(level).isCourseRoute()) {
                    throw RuleViolationException.of("rule.application.courseRouteNotForLevel", level);
                }
                if (facts.courseCompletedOn() == null) {
                    throw RuleViolationException.of("rule.application.courseDateRequired");
                }
                active.filter(registration -> registration.getLevel().isAtLeast(level)).ifPresent(registration -> {
                    throw RuleViolationException.of("rule.application.alreadyRegistered",
                            registration.getRegistrationNumber(), registration.getLevel());
                });
            }
        }
    }

    public LevelIndication indication() {
        return LevelIndication.of(register, experienceYears, workLevel, functionLevel);
    }

    /** Plans (or moves) the audit; any route may have one, the entry-audit route must. */
    public void planAudit(LocalDate date, Account auditor, LocalDate today) {
        requireOpen();
        if (date.isBefore(today)) {
            throw InvalidInputException.of("date", "rule.audit.dateInPast", today);
        }
        this.auditDate = date;
        this.auditor = auditor;
        this.status = ApplicationStatus.AUDIT_PLANNED;
    }

    /**
     * Checks that the application may pass at the given level today: an entry audit must have been held, an upgrade
     * or course admission is for the level applied for, and the facts must meet the level's conditions.
     */
    public void checkPassable(Level level, LocalDate today) {
        requireOpen();
        if (route == Route.ENTRY_AUDIT) {
            if (status != ApplicationStatus.AUDIT_PLANNED) {
                throw RuleViolationException.of("rule.application.auditNotPlanned");
            }
            if (today.isBefore(auditDate)) {
                throw RuleViolationException.of("rule.application.auditNotHeld", auditDate);
            }
        } else if (level != requestedLevel) {
            throw RuleViolationException.of("rule.application.routeLevelFixed", route, requestedLevel);
        }
        register.getLevel(level);
        LevelIndication indication = indication();
        if (!indication.reaches(level)) {
            throw new RuleViolationException(Message.of("rule.application.levelConditions", level,
                    indication.experienceLevel(), indication.workLevelLevel(), indication.functionLevel()),
                    List.of());
        }
    }

    public void pass(Level level, Registration registration, Instant now, String by) {
        requireOpen();
        this.status = ApplicationStatus.PASSED;
        this.decisionPassed = true;
        this.decisionLevel = level;
        this.registration = registration;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    public void reject(String reason, Instant now, String by) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "rule.reasonRequired");
        }
        this.status = ApplicationStatus.REJECTED;
        this.decisionPassed = false;
        this.decisionReason = reason.strip();
        this.decidedAt = now;
        this.decidedBy = by;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw ConflictException.of("problem.conflict.applicationDecided", status);
        }
    }

    /** Refuses the request when the caller saw another version of this application than the stored one. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw ConflictException.staleVersion();
        }
    }

    public boolean isAuditedBy(String username) {
        return auditor != null && auditor.getUsername().equals(username);
    }

    /** Adds evidence to the open application, within the limits on files and bytes per application. */
    public void attach(Document document, UploadLimits limits) {
        requireOpen();
        limits.requireRoom(documents, null, document);
        documents.add(document);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Registrant getRegistrant() {
        return registrant;
    }

    public Register getRegister() {
        return register;
    }

    public Level getRequestedLevel() {
        return requestedLevel;
    }

    public Route getRoute() {
        return route;
    }

    public BigDecimal getExperienceYears() {
        return experienceYears;
    }

    public WorkLevel getWorkLevel() {
        return workLevel;
    }

    public Level getFunctionLevel() {
        return functionLevel;
    }

    public LocalDate getCourseCompletedOn() {
        return courseCompletedOn;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public LocalDate getAuditDate() {
        return auditDate;
    }

    public Account getAuditor() {
        return auditor;
    }

    public Boolean getDecisionPassed() {
        return decisionPassed;
    }

    public Level getDecisionLevel() {
        return decisionLevel;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Registration getRegistration() {
        return registration;
    }

    public List<Document> getDocuments() {
        return List.copyOf(documents);
    }
}
