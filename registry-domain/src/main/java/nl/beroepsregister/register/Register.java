package nl.beroepsregister.register;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.problem.RuleViolationException;

/**
 * One professional register (AMB, PCM, ...): its title and the numbers its rules use. Everything that differs
 * between registers is data here and in its {@link RegisterLevel levels}, never a code fork.
 */
@Entity
@Table(name = "register")
@NamedQuery(name = Register.BY_CODE, query = "select r from Register r where r.code = :code")
@NamedQuery(name = Register.ALL, query = "select r from Register r order by r.id")
public class Register {

    public static final String BY_CODE = "Register.byCode";
    public static final String ALL = "Register.all";
    public static final String DEFAULT_CODE = "AMB";
    /** A code people type and read in registration numbers: two to sixteen capitals and digits, a capital first. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    public static final int MAX_DEADLINE_MONTHS = 11;
    public static final int MAX_COURSE_EXEMPTION_MONTHS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_seq")
    @SequenceGenerator(name = "register_seq", sequenceName = "register_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** The protected title a registrant may carry while active, e.g. "R-AMB". */
    @Column(name = "title_abbreviation", nullable = false, length = 32)
    private String titleAbbreviation;

    @Column(name = "title_name", nullable = false, length = 200)
    private String titleName;

    /** How many months before the renewal date the dossier must be submitted. */
    @Column(name = "deadline_months", nullable = false)
    private int deadlineMonths;

    /** How many months before the first B year a passed course still exempts from PE points. */
    @Column(name = "course_exemption_months", nullable = false)
    private int courseExemptionMonths;

    @OneToMany(mappedBy = "register", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("level")
    private List<RegisterLevel> levels = new ArrayList<>();

    protected Register() {
    }

    public Register(String code, String name, String titleAbbreviation, String titleName,
                    int deadlineMonths, int courseExemptionMonths) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(violation("code", "rule.register.codeFormat"));
        }
        violations.addAll(checkTerms(name, titleAbbreviation, titleName, deadlineMonths, courseExemptionMonths));
        refuse(violations);
        this.code = code;
        apply(name, titleAbbreviation, titleName, deadlineMonths, courseExemptionMonths);
    }

    /** Adds a level this register did not offer yet. */
    public RegisterLevel addLevel(RegisterLevel level) {
        if (offers(level.getLevel())) {
            throw ConflictException.of("rule.register.levelExists", code, level.getLevel());
        }
        level.attachTo(this);
        levels.add(level);
        return level;
    }

    public Optional<RegisterLevel> findLevel(Level level) {
        return levels.stream().filter(l -> l.getLevel() == level).findFirst();
    }

    /** The configuration of a level this register offers; refused when it does not offer it. */
    public RegisterLevel getLevel(Level level) {
        return findLevel(level).orElseThrow(
                () -> RuleViolationException.of("rule.register.levelNotOffered", code, level));
    }

    public boolean offers(Level level) {
        return findLevel(level).isPresent();
    }

    /** The highest level whose experience requirement the given years meet (experience is a minimum). */
    public Level experienceLevel(BigDecimal experienceYears) {
        return levels.stream()
                .filter(l -> l.admitsExperience(experienceYears))
                .map(RegisterLevel::getLevel)
                .max(Comparator.naturalOrder())
                .orElse(lowestLevel());
    }

    /** The highest level whose work level requirement the given work level meets. */
    public Level workLevelLevel(WorkLevel workLevel) {
        return levels.stream()
                .filter(l -> workLevel.isAtLeast(l.getMinimumWorkLevel()))
                .map(RegisterLevel::getLevel)
                .max(Comparator.naturalOrder())
                .orElse(lowestLevel());
    }

    public Level lowestLevel() {
        return levels.stream().map(RegisterLevel::getLevel).min(Comparator.naturalOrder()).orElse(Level.C);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTitleAbbreviation() {
        return titleAbbreviation;
    }

    public String getTitleName() {
        return titleName;
    }

    public int getDeadlineMonths() {
        return deadlineMonths;
    }

    public int getCourseExemptionMonths() {
        return courseExemptionMonths;
    }

    public List<RegisterLevel> getLevels() {
        return List.copyOf(levels);
    }

    /**
     * Changes the register's name, title and terms; the code stays, as it is part of every registration number. A
     * changed deadline applies to the registration years that open from now on: a year keeps the deadline it opened
     * with.
     */
    public void change(String name, String titleAbbreviation, String titleName, int deadlineMonths,
                       int courseExemptionMonths) {
        refuse(checkTerms(name, titleAbbreviation, titleName, deadlineMonths, courseExemptionMonths));
        apply(name, titleAbbreviation, titleName, deadlineMonths, courseExemptionMonths);
    }

    public void rename(String name, String titleAbbreviation, String titleName) {
        change(name, titleAbbreviation, titleName, deadlineMonths, courseExemptionMonths);
    }

    public void changeTerms(int deadlineMonths, int courseExemptionMonths) {
        change(name, titleAbbreviation, titleName, deadlineMonths, courseExemptionMonths);
    }

    /** Refuses a stale change: the caller saw another version of this register than the stored one. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw ConflictException.staleVersion();
        }
    }

    private void apply(String name, String titleAbbreviation, String titleName, int deadlineMonths,
                       int courseExemptionMonths) {
        this.name = name.strip();
        this.titleAbbreviation = titleAbbreviation.strip();
        this.titleName = titleName.strip();
        this.deadlineMonths = deadlineMonths;
        this.courseExemptionMonths = courseExemptionMonths;
    }

    private static List<InvalidInputException.Violation> checkTerms(String name, String titleAbbreviation,
                                                                    String titleName, int deadlineMonths,
                                                                    int courseExemptionMonths) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (blankOrLonger(name, 200)) {
            violations.add(violation("name", "rule.register.nameRequired", 200));
        }
        if (blankOrLonger(titleAbbreviation, 32)) {
            violations.add(violation("titleAbbreviation", "rule.register.titleAbbreviationRequired", 32));
        }
        if (blankOrLonger(titleName, 200)) {
            violations.add(violation("titleName", "rule.register.titleNameRequired", 200));
        }
        if (deadlineMonths < 0 || deadlineMonths > MAX_DEADLINE_MONTHS) {
            violations.add(violation("deadlineMonths", "rule.register.deadlineMonthsRange", MAX_DEADLINE_MONTHS));
        }
        if (courseExemptionMonths < 0 || courseExemptionMonths > MAX_COURSE_EXEMPTION_MONTHS) {
            violations.add(violation("courseExemptionMonths", "rule.register.courseExemptionMonthsRange",
                    MAX_COURSE_EXEMPTION_MONTHS));
        }
        return violations;
    }

    static boolean blankOrLonger(String text, int max) {
        return text == null || text.isBlank() || text.strip().length() > max;
    }

    static InvalidInputException.Violation violation(String field, String key, Object... args) {
        return new InvalidInputException.Violation(field, Message.of(key, args));
    }

    /** Refuses with every violation found at once, so that a form can show them all. */
    static void refuse(List<InvalidInputException.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Message.of("problem.invalid.detail"), violations);
        }
    }
}
