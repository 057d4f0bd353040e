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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;

/** One question of a register's yearly questionnaire for a level (DOMAIN.md §12.6). */
@Entity
@Table(name = "questionnaire_question")
@NamedQuery(name = QuestionnaireQuestion.ACTIVE_FOR_LEVEL, query = """
        select q from QuestionnaireQuestion q
        where q.register = :register and q.level = :level and q.active = true
        order by q.position, q.id""")
@NamedQuery(name = QuestionnaireQuestion.OF_REGISTER, query = """
        select q from QuestionnaireQuestion q
        where q.register = :register
        order by q.level desc, q.position, q.id""")
@NamedQuery(name = QuestionnaireQuestion.COUNT_WITH_CODE, query = """
        select count(q) from QuestionnaireQuestion q
        where q.register = :register and q.level = :level and q.code = :code""")
public class QuestionnaireQuestion {

    public static final String ACTIVE_FOR_LEVEL = "QuestionnaireQuestion.activeForLevel";
    /** Every question of a register, active or not: C first, then B, then A; by position within a level. */
    public static final String OF_REGISTER = "QuestionnaireQuestion.ofRegister";
    public static final String COUNT_WITH_CODE = "QuestionnaireQuestion.countWithCode";
    /** The key under which answers are stored: capitals, digits and underscores, a capital first. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_POSITION = 99;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_question_seq")
    @SequenceGenerator(name = "questionnaire_question_seq", sequenceName = "questionnaire_question_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "register_id")
    private Register register;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Level level;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_nl", nullable = false, length = 500)
    private String textNl;

    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @Column(nullable = false)
    private boolean active = true;

    protected QuestionnaireQuestion() {
    }

    public QuestionnaireQuestion(Register register, Level level, String code, int position, String textNl,
                                 String textEn) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(Register.violation("code", "rule.question.codeFormat"));
        }
        if (level == null) {
            violations.add(Register.violation("level", "rule.register.levelRequired"));
        }
        violations.addAll(check(position, textNl, textEn));
        Register.refuse(violations);
        this.register = register;
        this.level = level;
        this.code = code;
        apply(position, textNl, textEn, true);
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }

    /**
     * Changes the wording, the order or whether the question is asked. The code stays: answers given are stored under
     * it. An inactive question is no longer asked nor needed for a complete questionnaire; its answers are kept.
     */
    public void change(int position, String textNl, String textEn, boolean active) {
        Register.refuse(check(position, textNl, textEn));
        apply(position, textNl, textEn, active);
    }

    private void apply(int position, String textNl, String textEn, boolean active) {
        this.position = position;
        this.textNl = textNl.strip();
        this.textEn = textEn.strip();
        this.active = active;
    }

    private static List<InvalidInputException.Violation> check(int position, String textNl, String textEn) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (position < 1 || position > MAX_POSITION) {
            violations.add(Register.violation("position", "rule.question.positionRange", MAX_POSITION));
        }
        if (Register.blankOrLonger(textNl, MAX_TEXT_LENGTH)) {
            violations.add(Register.violation("textNl", "rule.question.textNlRequired", MAX_TEXT_LENGTH));
        }
        if (Register.blankOrLonger(textEn, MAX_TEXT_LENGTH)) {
            violations.add(Register.violation("textEn", "rule.question.textEnRequired", MAX_TEXT_LENGTH));
        }
        return violations;
    }

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

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getTextNl() {
        return textNl;
    }

    public String getTextEn() {
        return textEn;
    }

    public boolean isActive() {
        return active;
    }
}
