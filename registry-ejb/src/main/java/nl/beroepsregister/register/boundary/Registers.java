package nl.beroepsregister.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.beroepsregister.indication.LevelIndication;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.QuestionnaireQuestion;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.WorkLevel;

/** The registers and their configuration; the public level indication. */
@Stateless
public class Registers {

    @PersistenceContext
    EntityManager em;

    public Optional<Register> find(String code) {
        return em.createNamedQuery(Register.BY_CODE, Register.class)
                .setParameter("code", code == null ? Register.DEFAULT_CODE : code.strip().toUpperCase())
                .getResultStream()
                .findFirst();
    }

    /** The register with the given code (the AMB register when none is given); refused when unknown. */
    public Register get(String code) {
        return find(code).orElseThrow(() -> RuleViolationException.of("rule.register.unknown", code));
    }

    /** Every register with what each of its levels asks, to choose from and to compare levels. */
    public List<RegisterSummary> summaries() {
        return em.createNamedQuery(Register.ALL, Register.class).getResultStream().map(RegisterSummary::of).toList();
    }

    /** One register with what each of its levels asks (the AMB register when no code is given). */
    public RegisterSummary summary(String code) {
        return RegisterSummary.of(get(code));
    }

    public List<QuestionnaireQuestion> questions(Register register, Level level) {
        return em.createNamedQuery(QuestionnaireQuestion.ACTIVE_FOR_LEVEL, QuestionnaireQuestion.class)
                .setParameter("register", register)
                .setParameter("level", level)
                .getResultList();
    }

    public LevelIndication indication(String registerCode, BigDecimal experienceYears, WorkLevel workLevel,
                                      Level functionLevel) {
        return LevelIndication.of(get(registerCode), experienceYears, workLevel, functionLevel);
    }
}
