package nl.beroepsregister.registration;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.RegisterLevel;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.renewal.RegistrationYear;

/**
 * A registrant's place on a register at a level: its status, its registration years and its history. Every change
 * of status or level goes through a method here that checks it is legal and records it in the history.
 */
@Entity
@Table(name = "registration")
@NamedQuery(name = Registration.ACTIVE_IN_REGISTER, query = """
        select r from Registration r
        where r.registrant = :registrant and r.register = :register
          and r.status = nl.beroepsregister.registration.RegistrationStatus.ACTIVE""")
@NamedQuery(name = Registration.BY_NUMBER, query = """
        select r from Registration r join fetch r.registrant join fetch r.register
        where r.registrationNumber = :number""")
@NamedQuery(name = Registration.BY_ID, query = """
        select r from Registration r join fetch r.registrant join fetch r.register where r.id = :id""")
@NamedQuery(name = Registration.IDS_OF_REGISTRANT, query = """
        select r.id from Registration r where r.registrant.id = :registrantId order by r.id""")
@NamedQuery(name = Registration.LAPSE_CANDIDATES, query = """
        select r.id from Registration r
        where r.status = nl.beroepsregister.registration.RegistrationStatus.ACTIVE and r.validUntil < :today
        order by r.id""")
@NamedQuery(name = Registration.ACTIVE_BY_NAME, query = """
        select r from Registration r join fetch r.registrant p join fetch r.register
        where r.status = nl.beroepsregister.registration.RegistrationStatus.ACTIVE
          and p.searchName like :pattern escape '!'
        order by r.startDate, r.id""")
public class Registration {

    public static final String ACTIVE_IN_REGISTER = "Registration.activeInRegister";
    public static final String BY_NUMBER = "Registration.byNumber";
    /** A registration with its registrant and register, which every use of it needs, in one statement. */
    public static final String BY_ID = "Registration.byId";
    public static final String IDS_OF_REGISTRANT = "Registration.idsOfRegistrant";
    public static final String LAPSE_CANDIDATES = "Registration.lapseCandidates";
    public static final String ACTIVE_BY_NAME = "Registration.activeByName";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "registration_number", nullable = false, unique = true, length = 32, updatable = false)
    private String registrationNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registrant_id", updatable = false)
    private Registrant registrant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "register_id", updatable = false)
    private Register register;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    /** The day of the first admission. */
    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    /** The renewal date of the last year covered by an approved admission or renewal. */
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** When the registrant passed the register's course, if they did: it may exempt their first year at its level. */
    @Column(name = "course_completed_on")
    private LocalDate courseCompletedOn;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL)
    @OrderBy("startDate")
    private List<RegistrationYear> years = new ArrayList<>();

    @OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<StatusChange> history = new ArrayList<>();

    protected Registration() {
    }

    private Registration(Registrant registrant, Register register, Level level, LocalDate startDate,
                         LocalDate courseCompletedOn) {
        this.registrant = registrant;
        this.register = register;
        this.level = level;
        this.status = RegistrationStatus.ACTIVE;
        this.startDate = startDate;
        this.courseCompletedOn = courseCompletedOn;
    }

    /**
     * Admits a registrant at a level: the registration starts active on the start date with its first registration
     * year, and the admission is the first entry of its history. The start date may lie in the past, for admissions
     * recorded afterwards, but not in the future.
     */
    public static Registration admit(Registrant registrant, Register register, Level level, LocalDate startDate,
                                     LocalDate courseCompletedOn, LocalDate today, Instant now, String by) {
        if (startDate.isAfter(today)) {
            throw InvalidInputException.of("startDate", "rule.registration.startInFuture");
        }
        register.getLevel(level);
        Registration registration = new Registration(registrant, register, level, startDate, courseCompletedOn);
        registration.openYear(startDate);
        registration.record(ChangeKind.ADMITTED, now, by, null);
        return registration;
    }

    /** The number under which the public finds this registration, given once when it is stored. */
    public void assignNumber(String number) {
        if (registrationNumber != null) {
            throw new IllegalStateException("registration " + registrationNumber + " already has a number");
        }
        this.registrationNumber = number;
    }

    private RegistrationYear openYear(LocalDate start) {
        RegisterLevel rules = register.getLevel(level);
        RegistrationYear year = new RegistrationYear(this, start, level, register.getDeadlineMonths(),
                exemptFromPe(rules, start));
        years.add(year);
        validUntil = year.getRenewalDate();
        return year;
    }

    /**
     * The course exemption (DOMAIN.md §7): no PE points in the first year at the level the course opens, when the
     * course was passed in the months before that year starts (a completion exactly that many months before counts).
     */
    private boolean exemptFromPe(RegisterLevel rules, LocalDate yearStart) {
        boolean firstYearAtLevel = years.stream()
                .noneMatch(y -> y.getLevel() == rules.getLevel() && y.getStartDate().isBefore(yearStart));
        return rules.isCourseRoute() && firstYearAtLevel && courseCompletedOn != null
                && !courseCompletedOn.isBefore(yearStart.minusMonths(register.getCourseExemptionMonths()))
                && !courseCompletedOn.isAfter(yearStart);
    }

    private void record(ChangeKind kind, Instant now, String by, String reason) {
        history.add(new StatusChange(this, kind, level, now, by, reason));
    }

    private void become(ChangeKind kind, Instant now, String by, String reason) {
        if (!status.canBecome(kind.to())) {
            throw ConflictException.of("problem.conflict.illegalTransition", status, kind.to());
        }
        status = kind.to();
        record(kind, now, by, reason);
    }

    /**
     * A change of status asked for by a person: only withdrawal and striking off; the daily run lapses, and renewal
     * and upgrade have their own decisions.
     */
    public void change(RegistrationStatus to, String reason, Instant now, String by) {
        switch (to) {
            case WITHDRAWN -> withdraw(reason, now, by);
            case STRUCK_OFF -> strikeOff(reason, now, by);
            default -> throw ConflictException.of("problem.conflict.illegalTransition", status, to);
        }
    }

    public void withdraw(String reason, Instant now, String by) {
        become(ChangeKind.WITHDRAWN, now, by, reason);
    }

    public void strikeOff(String reason, Instant now, String by) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "rule.reasonRequired");
        }
        become(ChangeKind.STRUCK_OFF, now, by, reason);
    }

    /**
     * Whether the registration lapses today: active, its renewal date passed without an approved renewal, and no
     * dossier submitted on time still waiting for the office's decision (DOMAIN.md §12.8).
     */
    public boolean isLapseDue(LocalDate today) {
        return status == RegistrationStatus.ACTIVE && today.isAfter(validUntil) && !latestYear().protectsFromLapse();
    }

    public void lapse(LocalDate today, Instant now) {
        if (!isLapseDue(today)) {
            throw ConflictException.of("problem.conflict.illegalTransition", status, RegistrationStatus.LAPSED);
        }
        become(ChangeKind.LAPSED, now, StatusChange.SYSTEM, null);
    }

    /**
     * An approved renewal: the next registration year starts at the renewal date of the year approved, under the
     * level the registration has now.
     */
    public RegistrationYear renew(RegistrationYear approved, Instant now, String by) {
        requireActive();
        if (approved != latestYear()) {
            throw ConflictException.of("problem.conflict.notLatestYear");
        }
        if (approved.getDossierStatus() != nl.beroepsregister.renewal.DossierStatus.APPROVED) {
            throw ConflictException.of("problem.conflict.notSubmitted", approved.getDossierStatus());
        }
        RegistrationYear next = openYear(approved.getRenewalDate());
        record(ChangeKind.RENEWED, now, by, null);
        return next;
    }

    /**
     * Moves the registration one level up on the given day. The title and level change at once; the year in progress
     * keeps the requirements of the level it started with, and years that have not started take the new level.
     */
    public void upgrade(Level to, LocalDate on, LocalDate courseCompletedOn, LocalDate today, Instant now,
                        String by) {
        requireActive();
        if (level.next().filter(to::equals).isEmpty()) {
            throw RuleViolationException.of("rule.application.upgradeNeedsActiveLower", to.previous().orElse(to), to);
        }
        RegistrationYear current = currentYear(today);
        if (on.isAfter(today) || on.isBefore(current.getStartDate())) {
            throw InvalidInputException.of("startDate", "rule.registration.upgradeDateOutsideYear",
                    current.getStartDate(), today);
        }
        RegisterLevel rules = register.getLevel(to);
        this.level = to;
        if (courseCompletedOn != null) {
            this.courseCompletedOn = courseCompletedOn;
        }
        years.stream()
                .filter(year -> year.getStartDate().isAfter(on))
                .forEach(year -> year.adoptLevel(to, exemptFromPe(rules, year.getStartDate())));
        record(ChangeKind.UPGRADED, now, by, null);
    }

    private void requireActive() {
        if (status != RegistrationStatus.ACTIVE) {
            throw ConflictException.of("problem.conflict.notActive", status);
        }
    }

    /** Refuses the request when the caller saw another version of this registration than the stored one. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw ConflictException.staleVersion();
        }
    }

    /**
     * The registration year as of today: the one that contains today, or, when none does (after the renewal date,
     * while a decision is pending, or once ended), the last one that started.
     */
    public RegistrationYear currentYear(LocalDate today) {
        return years.stream()
                .filter(year -> !year.getStartDate().isAfter(today))
                .max(Comparator.comparing(RegistrationYear::getStartDate))
                .orElseGet(() -> years.get(0));
    }

    /** The year whose dossier the registrant builds now: that of today, of an active registration only. */
    public RegistrationYear dossierYear(LocalDate today) {
        requireActive();
        return currentYear(today);
    }

    /** The year that contains the given day, if the registration has one. */
    public Optional<RegistrationYear> yearContaining(LocalDate day) {
        return years.stream().filter(year -> year.contains(day)).findFirst();
    }

    /** The year an approved renewal opened that has not started yet. */
    public Optional<RegistrationYear> nextYear(LocalDate today) {
        return years.stream().filter(year -> year.getStartDate().isAfter(today)).findFirst();
    }

    public RegistrationYear latestYear() {
        return years.stream().max(Comparator.comparing(RegistrationYear::getStartDate)).orElseThrow();
    }

    public boolean isActive() {
        return status == RegistrationStatus.ACTIVE;
    }

    /** The protected title while the registration is active, and nothing otherwise. */
    public Optional<String> title() {
        return isActive() ? Optional.of(register.getTitleAbbreviation()) : Optional.empty();
    }

    public boolean belongsTo(Long registrantId) {
        return registrant.getId().equals(registrantId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Registrant getRegistrant() {
        return registrant;
    }

    public Register getRegister() {
        return register;
    }

    public Level getLevel() {
        return level;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getCourseCompletedOn() {
        return courseCompletedOn;
    }

    public List<RegistrationYear> getYears() {
        return List.copyOf(years);
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }
}
