package nl.beroepsregister.renewal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.register.QuestionnaireQuestion;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.RegisterLevel;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.renewal.Completeness;
import nl.beroepsregister.renewal.RegistrationYear;

/**
 * The completeness check of a renewal dossier: the one place that knows which requirements apply to a year and
 * whether each is met. The portal, the office's review, the reminders, submission and the API all ask here.
 */
@Dependent
public class CompletenessCheck {

    @Inject
    Registers registers;

    public Completeness of(RegistrationYear year, LocalDate today) {
        return year.completeness(rules(year), questions(year), today);
    }

    public RegisterLevel rules(RegistrationYear year) {
        return year.getRegistration().getRegister().getLevel(year.getLevel());
    }

    public List<QuestionnaireQuestion> questions(RegistrationYear year) {
        Register register = year.getRegistration().getRegister();
        return rules(year).dossierContent().questionnaire() ? registers.questions(register, year.getLevel())
                : List.of();
    }
}
