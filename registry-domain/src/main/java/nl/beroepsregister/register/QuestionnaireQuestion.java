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
import java.util.Locale;

/** One question of a register's yearly questionnaire for a level (DOMAIN.md §12.6). */
@Entity
@Table(name = "questionnaire_question")
@NamedQuery(name = QuestionnaireQuestion.ACTIVE_FOR_LEVEL, query = """
        select q from QuestionnaireQuestion q
        where q.register = :register and q.level = :level and q.active = true
        order by q.position, q.id""")
public class QuestionnaireQuestion {

    public static final String ACTIVE_FOR_LEVEL = "QuestionnaireQuestion.activeForLevel";

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
        this.register = register;
        this.level = level;
        this.code = code;
        this.position = position;
        this.textNl = textNl;
        this.textEn = textEn;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }

    public void change(int position, String textNl, String textEn, boolean active) {
        this.position = position;
        this.textNl = textNl;
        this.textEn = textEn;
        this.active = active;
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
