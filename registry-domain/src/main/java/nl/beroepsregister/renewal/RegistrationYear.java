package nl.beroepsregister.renewal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.UploadLimits;
import nl.beroepsregister.meeting.PeerReviewMeeting;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.portfolio.PortfolioStatus;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.DossierContent;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.QuestionnaireQuestion;
import nl.beroepsregister.register.RegisterLevel;
import nl.beroepsregister.registration.Registration;

/**
 * One registration year, from its start date (included) to its renewal date (excluded), with the renewal dossier
 * the registrant builds during it. The year keeps the level whose requirements apply to it, even when the
 * registration is upgraded while it runs.
 */
@Entity
@Table(name = "registration_year")
@NamedQuery(name = RegistrationYear.ENROLLED_IN, query = """
        select y from RegistrationYear y join fetch y.registration r join fetch r.registrant p
        where y.meeting = :meeting order by p.lastName, p.firstName, y.id""")
@NamedQuery(name = RegistrationYear.ENROLMENT_COUNTS, query = """
        select y.meeting.id, count(y) from RegistrationYear y where y.meeting in :meetings group by y.meeting.id""")
public class RegistrationYear {

    public static final String ENROLLED_IN = "RegistrationYear.enrolledIn";
    public static final String ENROLMENT_COUNTS = "RegistrationYear.enrolmentCounts";

    public static final int MAX_ANSWER_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_year_seq")
    @SequenceGenerator(name = "registration_year_seq", sequenceName = "registration_year_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", updatable = false)
    private Registration registration;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "renewal_date", nullable = false, updatable = false)
    private LocalDate renewalDate;

    /** The last day on which the dossier counts as submitted on time. */
    @Column(name = "submission_deadline", nullable = false, updatable = false)
    private LocalDate submissionDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Level level;

    @Column(name = "pe_exempt", nullable = false)
    private boolean peExempt;

    @Enumerated(EnumType.STRING)
    @Column(name = "dossier_status", nullable = false, length = 16)
    private DossierStatus dossierStatus;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    /** Whether the last submission came after the deadline; null until the first submission. */
    @Column(name = "late")
    private Boolean late;

    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Embedded
    private Declaration declaration;

    @ElementCollection
    @CollectionTable(name = "questionnaire_answer", joinColumns = @JoinColumn(name = "year_id"))
    @MapKeyColumn(name = "question_code", length = 40)
    @Column(name = "answer", nullable = false, length = MAX_ANSWER_LENGTH)
    private Map<String, String> answers = new HashMap<>();

    @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, id")
    private List<PeActivity> peActivities = new ArrayList<>();

    @OneToMany(mappedBy = "year", cascade = CascadeType.ALL)
    @OrderBy("proposedAt, id")
    private List<PortfolioActivity> portfolioActivities = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private PeerReviewMeeting meeting;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(nullable = false)
    private boolean attended;

    @Column(nullable = false)
    private boolean presented;

    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    @Column(name = "attendance_recorded_by", length = 64)
    private String attendanceRecordedBy;

    protected RegistrationYear() {
    }

    public RegistrationYear(Registration registration, LocalDate startDate, Level level, int deadlineMonths,
                            boolean peExempt) {
        this.registration = registration;
        this.startDate = startDate;
        this.renewalDate = startDate.plusYears(1);
        this.submissionDeadline = renewalDate.minusMonths(deadlineMonths);
        this.level = level;
        this.peExempt = peExempt;
        this.dossierStatus = DossierStatus.OPEN;
    }

    /** A year that has not started takes the level the registration has been upgraded to. */
    public void adoptLevel(Level level, boolean peExempt) {
        this.level = level;
        this.peExempt = peExempt;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && day.isBefore(renewalDate);
    }

    private void requireEditable() {
        switch (dossierStatus) {
            case SUBMITTED -> throw ConflictException.of("problem.conflict.dossierSubmitted");
            case APPROVED, REFUSED -> throw ConflictException.of("problem.conflict.dossierDecided", dossierStatus);
            default -> {
            }
        }
    }

    // --- continuing education ---

    public PeActivity addPeActivity(LocalDate date, String title, String provider, int points, PeCategory category,
                                    LocalDate today, Instant now, String by) {
        requireEditable();
        checkPeActivity(date, points, today);
        PeActivity activity = new PeActivity(this, date, title, provider, points, category, now, by);
        peActivities.add(activity);
        return activity;
    }

    public void changePeActivity(PeActivity activity, LocalDate date, String title, String provider, int points,
                                 PeCategory category, LocalDate today) {
        requireEditable();
        requireOwn(activity);
        checkPeActivity(date, points, today);
        activity.change(date, title, provider, points, category);
    }

    private void checkPeActivity(LocalDate date, int points, LocalDate today) {
        if (points < PeActivity.MIN_POINTS || points > PeActivity.MAX_POINTS) {
            throw InvalidInputException.of("points", "rule.pe.pointsRange", PeActivity.MIN_POINTS,
                    PeActivity.MAX_POINTS);
        }
        if (!contains(date)) {
            throw InvalidInputException.of("date", "rule.pe.dateOutsideYear", startDate, renewalDate.minusDays(1));
        }
        if (date.isAfter(today)) {
            throw InvalidInputException.of("date", "rule.pe.dateInFuture");
        }
    }

    public void removePeActivity(PeActivity activity) {
        requireEditable();
        requireOwn(activity);
        peActivities.remove(activity);
    }

    /** Attaches (or replaces) an activity's evidence, within the dossier's limits on files and bytes. */
    public void attachEvidence(PeActivity activity, Document evidence, UploadLimits limits) {
        requireEditable();
        requireOwn(activity);
        limits.requireRoom(documents(), activity.getEvidence(), evidence);
        activity.attach(evidence);
    }

    /** Every file the dossier holds: the evidence of its PE activities and the practice reports. */
    public List<Document> documents() {
        List<Document> held = new ArrayList<>();
        peActivities.stream().map(PeActivity::getEvidence).filter(Objects::nonNull).forEach(held::add);
        portfolioActivities.stream().map(PortfolioActivity::getReport).filter(Objects::nonNull).forEach(held::add);
        return held;
    }

    private void requireOwn(PeActivity activity) {
        if (activity.getYear() != this) {
            throw new IllegalArgumentException("activity " + activity.getId() + " belongs to another year");
        }
    }

    public PeTally peTally(RegisterLevel rules) {
        return PeTally.of(peActivities, rules.peRequirement(), peExempt);
    }

    // --- declaration and questionnaire ---

    public void sign(String employer, String jobTitle, boolean stillInFunction, Instant now, String by) {
        requireEditable();
        this.declaration = new Declaration(employer, jobTitle, stillInFunction, now, by);
    }

    public Optional<Declaration> declaration() {
        return Optional.ofNullable(declaration).filter(Declaration::isSigned);
    }

    /** Replaces the questionnaire's answers; a blank answer leaves its question unanswered. */
    public void answer(Map<String, String> given, List<QuestionnaireQuestion> questions, RegisterLevel rules) {
        requireQuestionnaire(rules);
        requireEditable();
        Set<String> known = questions.stream().map(QuestionnaireQuestion::getCode).collect(Collectors.toSet());
        for (Map.Entry<String, String> entry : given.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw InvalidInputException.of("answers." + entry.getKey(), "rule.questionnaire.unknownQuestion",
                        entry.getKey());
            }
            if (entry.getValue() != null && entry.getValue().length() > MAX_ANSWER_LENGTH) {
                throw InvalidInputException.of("answers." + entry.getKey(), "rule.questionnaire.answerTooLong",
                        MAX_ANSWER_LENGTH);
            }
        }
        answers.clear();
        given.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                answers.put(code, text.strip());
            }
        });
    }

    public void requireQuestionnaire(RegisterLevel rules) {
        if (!rules.dossierContent().questionnaire()) {
            throw RuleViolationException.of("rule.questionnaire.notForLevel", level);
        }
    }

    public Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    // --- portfolio and peer review ---

    public PortfolioActivity propose(String title, String description, boolean localLevel, RegisterLevel rules,
                                     Instant now, String by) {
        if (!rules.dossierContent().portfolio()) {
            throw RuleViolationException.of("rule.portfolio.notForLevel", level);
        }
        requireEditable();
        currentPortfolio().ifPresent(current -> {
            throw ConflictException.of("problem.conflict.portfolioOpen", current.getStatus());
        });
        PortfolioActivity proposal = new PortfolioActivity(this, title, description, localLevel, now, by);
        portfolioActivities.add(proposal);
        return proposal;
    }

    /** The proposal that counts: the one proposed or approved, if any. */
    public Optional<PortfolioActivity> currentPortfolio() {
        return portfolioActivities.stream().filter(p -> p.getStatus().isCurrent()).findFirst();
    }

    public Optional<PortfolioActivity> latestPortfolio() {
        return portfolioActivities.isEmpty() ? Optional.empty()
                : Optional.of(portfolioActivities.get(portfolioActivities.size() - 1));
    }

    /** Enrols the year in a peer-review meeting of its register that falls inside it; one meeting per year. */
    public void enrol(PeerReviewMeeting meeting, RegisterLevel rules, Instant now) {
        if (!rules.dossierContent().peerReview()) {
            throw RuleViolationException.of("rule.meeting.notForLevel", level);
        }
        if (this.meeting != null) {
            if (same(this.meeting, meeting)) {
                return;
            }
            throw ConflictException.of("problem.conflict.alreadyEnrolled", this.meeting.getDate());
        }
        requireEditable();
        if (!contains(meeting.getDate())) {
            throw RuleViolationException.of("rule.meeting.outsideYear", meeting.getDate(), startDate,
                    renewalDate.minusDays(1));
        }
        this.meeting = meeting;
        this.enrolledAt = now;
    }

    private static boolean same(PeerReviewMeeting one, PeerReviewMeeting other) {
        return one == other || (one.getId() != null && one.getId().equals(other.getId()));
    }

    /** Records that the registrant attended, and whether they presented; only on or after the meeting's date. */
    public void recordAttendance(PeerReviewMeeting at, boolean presented, LocalDate today, Instant now, String by) {
        if (meeting == null || !same(meeting, at)) {
            throw RuleViolationException.of("rule.meeting.notEnrolled");
        }
        if (!at.isHeldBy(today)) {
            throw RuleViolationException.of("rule.meeting.notYetHeld", at.getDate());
        }
        requireEditable();
        this.attended = true;
        this.presented = presented;
        this.attendanceRecordedAt = now;
        this.attendanceRecordedBy = by;
    }

    /**
     * Attaches the practice report to the approved portfolio activity, before the meeting's date, within the dossier's
     * limits on files and bytes.
     */
    public void attachReport(PortfolioActivity portfolio, Document report, LocalDate today, UploadLimits limits) {
        requireEditable();
        if (portfolio.getYear() != this || portfolio.getStatus() != PortfolioStatus.APPROVED) {
            throw RuleViolationException.of("rule.portfolio.reportNeedsApproval");
        }
        if (meeting == null) {
            throw RuleViolationException.of("rule.portfolio.reportNeedsMeeting");
        }
        if (!today.isBefore(meeting.getDate())) {
            throw RuleViolationException.of("rule.portfolio.reportAfterMeeting", meeting.getDate());
        }
        limits.requireRoom(documents(), portfolio.getReport(), report);
        portfolio.attachReport(report);
    }

    // --- completeness, submission and decision ---

    /** What the dossier contains and lacks, for the requirements of this year's level. */
    public Completeness completeness(RegisterLevel rules, List<QuestionnaireQuestion> questions, LocalDate today) {
        DossierContent content = rules.dossierContent();
        PeTally pe = peTally(rules);
        List<RequirementCheck> checks = new ArrayList<>();
        checks.add(declarationCheck());
        if (content.questionnaire()) {
            checks.add(questionnaireCheck(questions));
        }
        checks.add(pointsCheck(pe));
        checks.add(evidenceCheck());
        if (content.portfolio()) {
            checks.add(portfolioCheck());
            checks.add(reportCheck(today));
        }
        if (content.peerReview()) {
            checks.add(peerReviewCheck(today));
        }
        return new Completeness(checks, pe);
    }

    private RequirementCheck declarationCheck() {
        Optional<Declaration> signed = declaration();
        if (signed.isEmpty()) {
            return check(Requirement.DECLARATION, false, "missing");
        }
        if (!signed.get().isStillInFunction()) {
            return check(Requirement.DECLARATION, false, "notInFunction");
        }
        return check(Requirement.DECLARATION, true, "met", signed.get().getEmployer(), signed.get().getJobTitle());
    }

    private RequirementCheck questionnaireCheck(List<QuestionnaireQuestion> questions) {
        int answered = (int) questions.stream().filter(q -> answers.containsKey(q.getCode())).count();
        return answered == questions.size()
                ? check(Requirement.QUESTIONNAIRE, true, "met", questions.size())
                : check(Requirement.QUESTIONNAIRE, false, "missing", answered, questions.size());
    }

    private RequirementCheck pointsCheck(PeTally pe) {
        if (pe.exempt()) {
            return check(Requirement.PE_POINTS, true, "exempt");
        }
        if (pe.met()) {
            return check(Requirement.PE_POINTS, true, "met", pe.counted(), pe.required());
        }
        if (pe.networkShort() && pe.pointsShort() > 0) {
            return check(Requirement.PE_POINTS, false, "missingBoth", pe.counted(), pe.required(), pe.network(),
                    pe.networkMin());
        }
        if (pe.networkShort()) {
            return check(Requirement.PE_POINTS, false, "networkShort", pe.network(), pe.networkMin());
        }
        return check(Requirement.PE_POINTS, false, "missing", pe.counted(), pe.required(), pe.pointsShort());
    }

    private RequirementCheck evidenceCheck() {
        int without = (int) peActivities.stream().filter(activity -> !activity.hasEvidence()).count();
        if (peActivities.isEmpty()) {
            return check(Requirement.PE_EVIDENCE, true, "noActivities");
        }
        return without == 0
                ? check(Requirement.PE_EVIDENCE, true, "met", peActivities.size())
                : check(Requirement.PE_EVIDENCE, false, "missing", without);
    }

    private RequirementCheck portfolioCheck() {
        Optional<PortfolioActivity> current = currentPortfolio();
        if (current.isPresent()) {
            return current.get().getStatus() == PortfolioStatus.APPROVED
                    ? check(Requirement.PORTFOLIO_APPROVED, true, "met", current.get().getTitle())
                    : check(Requirement.PORTFOLIO_APPROVED, false, "pending", current.get().getTitle());
        }
        return latestPortfolio()
                .map(rejected -> check(Requirement.PORTFOLIO_APPROVED, false, "rejected",
                        rejected.getRejectionReason()))
                .orElseGet(() -> check(Requirement.PORTFOLIO_APPROVED, false, "missing"));
    }

    private RequirementCheck reportCheck(LocalDate today) {
        Optional<PortfolioActivity> approved = currentPortfolio()
                .filter(p -> p.getStatus() == PortfolioStatus.APPROVED);
        if (approved.isEmpty()) {
            return check(Requirement.PRACTICE_REPORT, false, "needsApproval");
        }
        if (approved.get().hasReport()) {
            return check(Requirement.PRACTICE_REPORT, true, "met");
        }
        if (meeting == null) {
            return check(Requirement.PRACTICE_REPORT, false, "notEnrolled");
        }
        return today.isBefore(meeting.getDate())
                ? check(Requirement.PRACTICE_REPORT, false, "missing", meeting.getDate())
                : check(Requirement.PRACTICE_REPORT, false, "tooLate", meeting.getDate());
    }

    private RequirementCheck peerReviewCheck(LocalDate today) {
        if (meeting == null) {
            return check(Requirement.PEER_REVIEW, false, "notEnrolled");
        }
        if (attended && presented) {
            return check(Requirement.PEER_REVIEW, true, "met", meeting.getDate());
        }
        if (attended) {
            return check(Requirement.PEER_REVIEW, false, "notPresented", meeting.getDate());
        }
        return meeting.isHeldBy(today)
                ? check(Requirement.PEER_REVIEW, false, "awaitingRecord", meeting.getDate())
                : check(Requirement.PEER_REVIEW, false, "upcoming", meeting.getDate(), meeting.getLocation());
    }

    private static RequirementCheck check(Requirement requirement, boolean met, String state, Object... args) {
        return new RequirementCheck(requirement, met, Message.of("requirement." + requirement + "." + state, args));
    }

    /**
     * Submits the dossier for the office's decision: only a complete one, and only before the renewal date. A
     * submission after the deadline is accepted but late; a resubmission after the office returned a dossier that
     * was submitted on time stays on time.
     */
    public void submit(Completeness completeness, LocalDate today, Instant now, String by) {
        requireEditable();
        if (!today.isBefore(renewalDate)) {
            throw RuleViolationException.of("rule.submission.yearEnded", renewalDate);
        }
        if (!completeness.complete()) {
            throw new RuleViolationException(Message.of("rule.submission.incomplete"),
                    completeness.missing().stream().map(Enum::name).toList());
        }
        boolean resubmissionOfOnTime = dossierStatus == DossierStatus.RETURNED && Boolean.FALSE.equals(late);
        this.late = !resubmissionOfOnTime && today.isAfter(submissionDeadline);
        this.dossierStatus = DossierStatus.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = by;
    }

    public void approve(Instant now, String by) {
        requireSubmitted();
        decide(DossierStatus.APPROVED, null, now, by);
    }

    /** Sends the dossier back with reasons; possible only while the registrant can still resubmit. */
    public void returnToRegistrant(String reason, LocalDate today, Instant now, String by) {
        requireReason(reason);
        requireSubmitted();
        if (!today.isBefore(renewalDate)) {
            throw RuleViolationException.of("rule.decision.returnAfterRenewalDate", renewalDate);
        }
        decide(DossierStatus.RETURNED, reason, now, by);
    }

    public void refuse(String reason, Instant now, String by) {
        requireReason(reason);
        requireSubmitted();
        decide(DossierStatus.REFUSED, reason, now, by);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "rule.reasonRequired");
        }
    }

    private void requireSubmitted() {
        if (dossierStatus != DossierStatus.SUBMITTED) {
            throw ConflictException.of("problem.conflict.notSubmitted", dossierStatus);
        }
    }

    private void decide(DossierStatus outcome, String reason, Instant now, String by) {
        this.dossierStatus = outcome;
        this.decisionReason = reason == null ? null : reason.strip();
        this.decidedAt = now;
        this.decidedBy = by;
    }

    /** A dossier submitted on time and not yet decided keeps the registration from lapsing (DOMAIN.md §12.8). */
    public boolean protectsFromLapse() {
        return dossierStatus == DossierStatus.SUBMITTED && Boolean.FALSE.equals(late);
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getRenewalDate() {
        return renewalDate;
    }

    public LocalDate getSubmissionDeadline() {
        return submissionDeadline;
    }

    public Level getLevel() {
        return level;
    }

    public boolean isPeExempt() {
        return peExempt;
    }

    public DossierStatus getDossierStatus() {
        return dossierStatus;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Boolean getLate() {
        return late;
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

    public List<PeActivity> getPeActivities() {
        return List.copyOf(peActivities);
    }

    public List<PortfolioActivity> getPortfolioActivities() {
        return List.copyOf(portfolioActivities);
    }

    public PeerReviewMeeting getMeeting() {
        return meeting;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public boolean isAttended() {
        return attended;
    }

    public boolean isPresented() {
        return presented;
    }

    public Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public String getAttendanceRecordedBy() {
        return attendanceRecordedBy;
    }

    /** The answers in the order of the given questions, for display. */
    public Map<String, String> answersIn(List<QuestionnaireQuestion> questions) {
        Map<String, String> ordered = new LinkedHashMap<>();
        questions.forEach(q -> ordered.put(q.getCode(), answers.get(q.getCode())));
        return ordered;
    }
}
