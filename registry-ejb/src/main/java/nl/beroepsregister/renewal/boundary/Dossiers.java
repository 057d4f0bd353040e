package nl.beroepsregister.renewal.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.audit.control.Audited;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.DocumentKind;
import nl.beroepsregister.document.UploadLimits;
import nl.beroepsregister.document.control.Documents;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.register.QuestionnaireQuestion;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.renewal.PeActivity;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.control.CompletenessCheck;
import nl.beroepsregister.time.RegistryClock;

/**
 * Building the renewal dossier of the current registration year: PE activities and their evidence, the declaration
 * of continued employment and the questionnaire. The registrant works on their own dossier, the office on any.
 */
@Stateless
public class Dossiers {

    /** This bean through the container, so that a call from one of its methods to another is audited too. */
    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    RegistrationAccess access;

    @Inject
    CompletenessCheck completeness;

    @Inject
    Documents documents;

    private RegistrationYear yearForChange(Long registrationId, Long version) {
        return access.forChange(registrationId, version).dossierYear(clock.today());
    }

    public PeActivityView addPeActivity(Long registrationId, NewPeActivity activity, Long version) {
        RegistrationYear year = yearForChange(registrationId, version);
        PeActivity added = year.addPeActivity(activity.date(), activity.title(), activity.provider(),
                activity.points(), activity.category(), clock.today(), clock.now(), caller.username());
        em.flush();
        return PeActivityView.of(added);
    }

    /**
     * Adds a PE activity together with its certificate of attendance, in one transaction: a file that is refused
     * (too large, not a PDF, PNG or JPEG) leaves the dossier as it was.
     */
    public PeActivityView addPeActivity(Long registrationId, NewPeActivity activity, String filename,
                                        byte[] evidence, Long version) {
        PeActivityView added = addPeActivity(registrationId, activity, version);
        return evidence == null ? added : self().uploadEvidence(added.id(), filename, evidence);
    }

    /** Changes a PE activity and, when a file is given, replaces its evidence; a refused file changes nothing. */
    public PeActivityView changePeActivity(Long activityId, NewPeActivity change, String filename,
                                           byte[] evidence) {
        PeActivityView changed = changePeActivity(activityId, change);
        return evidence == null ? changed : self().uploadEvidence(activityId, filename, evidence);
    }

    public PeActivityView changePeActivity(Long activityId, NewPeActivity change) {
        PeActivity activity = activityForChange(activityId);
        activity.getYear().changePeActivity(activity, change.date(), change.title(), change.provider(),
                change.points(), change.category(), clock.today());
        return PeActivityView.of(activity);
    }

    public void removePeActivity(Long activityId) {
        PeActivity activity = activityForChange(activityId);
        Document evidence = activity.getEvidence();
        activity.getYear().removePeActivity(activity);
        if (evidence != null) {
            em.flush();
            documents.remove(evidence);
        }
    }

    /**
     * Attaches (or replaces) the certificate of attendance of a PE activity: refused when the dossier of its year would
     * hold more files or bytes than allowed — checked here before the file is scanned and stored, and again by the
     * year when it is attached.
     */
    @Audited(value = "document.uploaded", subject = "peActivity")
    public PeActivityView uploadEvidence(Long activityId, String filename, byte[] content) {
        PeActivity activity = activityForChange(activityId);
        Document previous = activity.getEvidence();
        UploadLimits limits = documents.perDossier();
        limits.requireRoom(activity.getYear().documents(), previous, content.length);
        Document evidence = documents.store(DocumentKind.PE_EVIDENCE, filename, content);
        activity.getYear().attachEvidence(activity, evidence, limits);
        if (previous != null) {
            em.flush();
            documents.remove(previous);
        }
        return PeActivityView.of(activity);
    }

    public PeActivityView getPeActivity(Long activityId) {
        return PeActivityView.of(visibleActivity(activityId));
    }

    @Audited(value = "document.downloaded", subject = "peActivity")
    public byte[] evidenceContent(Long activityId) {
        PeActivity activity = visibleActivity(activityId);
        if (activity.getEvidence() == null) {
            throw NotFoundException.of("document", activityId);
        }
        return documents.content(activity.getEvidence());
    }

    private PeActivity visibleActivity(Long activityId) {
        PeActivity activity = activityId == null ? null : em.find(PeActivity.class, activityId);
        if (activity == null) {
            throw NotFoundException.of("peActivity", activityId);
        }
        caller.requireOwnOrOffice(activity.getYear().getRegistration().getRegistrant(), "peActivity", activityId);
        return activity;
    }

    private PeActivity activityForChange(Long activityId) {
        PeActivity activity = visibleActivity(activityId);
        Registration registration = activity.getYear().getRegistration();
        access.lockForChange(registration);
        registration.dossierYear(clock.today());
        return activity;
    }

    /** Signs this year's declaration of continued employment, in the caller's name, now. */
    public RenewalView sign(Long registrationId, String employer, String jobTitle, boolean stillInFunction,
                            Long version) {
        RegistrationYear year = yearForChange(registrationId, version);
        year.sign(employer, jobTitle, stillInFunction, clock.now(), caller.username());
        return RenewalView.of(year, completeness.of(year, clock.today()));
    }

    /** The declaration of continued employment of the current year, if it has been signed. */
    public Optional<DeclarationView> declaration(Long registrationId) {
        return access.visible(registrationId).currentYear(clock.today()).declaration().map(DeclarationView::of);
    }

    public QuestionnaireView questionnaire(Long registrationId, Locale locale) {
        RegistrationYear year = access.visible(registrationId).currentYear(clock.today());
        year.requireQuestionnaire(completeness.rules(year));
        return viewOf(year, locale);
    }

    public QuestionnaireView answer(Long registrationId, Map<String, String> answers, Long version, Locale locale) {
        RegistrationYear year = yearForChange(registrationId, version);
        year.answer(answers, completeness.questions(year), completeness.rules(year));
        return viewOf(year, locale);
    }

    private QuestionnaireView viewOf(RegistrationYear year, Locale locale) {
        List<QuestionnaireQuestion> questions = completeness.questions(year);
        Map<String, String> answers = new LinkedHashMap<>();
        year.answersIn(questions).forEach((code, answer) -> {
            if (answer != null) {
                answers.put(code, answer);
            }
        });
        return new QuestionnaireView(questions.stream()
                .map(q -> new QuestionnaireView.Question(q.getCode(), q.text(locale)))
                .toList(), answers);
    }

    private Dossiers self() {
        return context.getBusinessObject(Dossiers.class);
    }
}
