package nl.beroepsregister.renewal.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.register.QuestionnaireQuestion;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.control.CompletenessCheck;
import nl.beroepsregister.time.RegistryClock;

/** Every registration year of a registration with its dossier, newest first: what the office reviews and keeps. */
@Stateless
public class YearDossiers {

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    RegistrationAccess access;

    @Inject
    CompletenessCheck completeness;

    public List<YearDossier> of(Long registrationId, Locale locale) {
        caller.requireOffice();
        Registration registration = access.visible(registrationId);
        LocalDate today = clock.today();
        return registration.getYears().stream()
                .sorted(Comparator.comparing(RegistrationYear::getStartDate).reversed())
                .map(year -> dossier(year, today, locale))
                .toList();
    }

    private YearDossier dossier(RegistrationYear year, LocalDate today, Locale locale) {
        YearDossier.Declaration declaration = year.declaration()
                .map(d -> new YearDossier.Declaration(d.getEmployer(), d.getJobTitle(), d.isStillInFunction(),
                        d.getSignedAt(), d.getSignedBy()))
                .orElse(null);
        List<QuestionnaireQuestion> questions = completeness.questions(year);
        Map<String, String> answers = year.answersIn(questions);
        return new YearDossier(RenewalView.of(year, completeness.of(year, today)), declaration,
                questions.stream()
                        .map(q -> new YearDossier.Answer(q.getCode(), q.text(locale), answers.get(q.getCode())))
                        .toList(),
                year.getPortfolioActivities().stream().map(PortfolioView::of).toList());
    }
}
