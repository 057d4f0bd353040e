package nl.beroepsregister.register.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.QuestionnaireQuestion;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.RegisterLevel;

/**
 * The administrator's side of the registers (DOMAIN.md §11): add a register, change its terms, add and change its
 * levels with every number their rules use, and its questionnaire. A new register works end to end without a code
 * change: admission, renewal, certificates and reminders read these numbers. Every change checks the version the
 * administrator saw, so that two administrators never overwrite each other unseen.
 */
@Stateless
public class RegisterAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public List<RegisterSettings> registers() {
        caller.requireAdmin();
        return em.createNamedQuery(Register.ALL, Register.class).getResultList().stream()
                .map(RegisterSettings::of).toList();
    }

    public RegisterSettings register(String code) {
        caller.requireAdmin();
        return RegisterSettings.of(load(code));
    }

    @Audited(value = "register.created", subject = "register")
    public RegisterSettings create(String code, String name, String titleAbbreviation, String titleName,
                                   int deadlineMonths, int courseExemptionMonths) {
        caller.requireAdmin();
        String normalized = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        Register register = new Register(normalized, name, titleAbbreviation, titleName, deadlineMonths,
                courseExemptionMonths);
        if (find(normalized) != null) {
            throw ConflictException.of("rule.register.codeTaken", normalized);
        }
        em.persist(register);
        return RegisterSettings.of(register);
    }

    @Audited(value = "register.changed", subject = "register")
    public RegisterSettings change(String code, long version, String name, String titleAbbreviation,
                                   String titleName, int deadlineMonths, int courseExemptionMonths) {
        caller.requireAdmin();
        Register register = load(code);
        register.requireVersion(version);
        register.change(name, titleAbbreviation, titleName, deadlineMonths, courseExemptionMonths);
        return RegisterSettings.of(register);
    }

    /** Adds a level the register does not offer yet; the register's version goes up, as its levels changed. */
    @Audited(value = "register.levelAdded", subject = "register")
    public LevelSettings addLevel(String code, long registerVersion, LevelSettings settings) {
        caller.requireAdmin();
        Register register = load(code);
        register.requireVersion(registerVersion);
        RegisterLevel level = register.addLevel(RegisterLevel.of(settings.level(), settings.functionTitle(),
                settings.minimumWorkLevel(), settings.experienceYears(), settings.experienceExclusive(),
                settings.courseRoute(), settings.peMinimum(), settings.networkMinimum(), settings.networkMaximum(),
                settings.certificateValidityMonths(), settings.content()));
        em.lock(register, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return LevelSettings.of(level);
    }

    @Audited(value = "register.levelChanged", subject = "register")
    public LevelSettings changeLevel(String code, LevelSettings settings) {
        caller.requireAdmin();
        RegisterLevel level = load(code).findLevel(settings.level())
                .orElseThrow(() -> NotFoundException.of("level", code + " " + settings.level()));
        level.requireVersion(settings.version());
        level.change(settings.functionTitle(), settings.minimumWorkLevel(), settings.experienceYears(),
                settings.experienceExclusive(), settings.courseRoute(), settings.peMinimum(),
                settings.networkMinimum(), settings.networkMaximum(), settings.certificateValidityMonths(),
                settings.content());
        em.flush();
        return LevelSettings.of(level);
    }

    public List<QuestionSettings> questions(String code) {
        caller.requireAdmin();
        return em.createNamedQuery(QuestionnaireQuestion.OF_REGISTER, QuestionnaireQuestion.class)
                .setParameter("register", load(code))
                .getResultList().stream().map(QuestionSettings::of).toList();
    }

    @Audited(value = "register.questionAdded", subject = "register")
    public QuestionSettings addQuestion(String code, Level level, String questionCode, int position, String textNl,
                                        String textEn) {
        caller.requireAdmin();
        Register register = load(code);
        String normalized = questionCode == null ? null : questionCode.strip().toUpperCase(Locale.ROOT);
        QuestionnaireQuestion question = new QuestionnaireQuestion(register, level, normalized, position, textNl,
                textEn);
        register.getLevel(level);
        long existing = em.createNamedQuery(QuestionnaireQuestion.COUNT_WITH_CODE, Long.class)
                .setParameter("register", register)
                .setParameter("level", level)
                .setParameter("code", normalized)
                .getSingleResult();
        if (existing > 0) {
            throw ConflictException.of("rule.question.codeTaken", normalized, level);
        }
        em.persist(question);
        em.flush();
        return QuestionSettings.of(question);
    }

    @Audited(value = "register.questionChanged", subject = "question")
    public QuestionSettings changeQuestion(Long id, long version, int position, String textNl, String textEn,
                                           boolean active) {
        caller.requireAdmin();
        QuestionnaireQuestion question = id == null ? null : em.find(QuestionnaireQuestion.class, id);
        if (question == null) {
            throw NotFoundException.of("question", id);
        }
        question.requireVersion(version);
        question.change(position, textNl, textEn, active);
        em.flush();
        return QuestionSettings.of(question);
    }

    private Register find(String code) {
        return code == null ? null : em.createNamedQuery(Register.BY_CODE, Register.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
    }

    private Register load(String code) {
        Register register = find(code);
        if (register == null) {
            throw NotFoundException.of("register", code);
        }
        return register;
    }
}
