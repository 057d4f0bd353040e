package nl.beroepsregister.renewal.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.portal.ChosenFile;
import nl.beroepsregister.portal.NotFoundPage;
import nl.beroepsregister.portfolio.boundary.Portfolios;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InfectedFileException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.problem.PayloadTooLargeException;
import nl.beroepsregister.problem.RegistryException;
import nl.beroepsregister.problem.UnsupportedContentException;
import nl.beroepsregister.register.boundary.LevelRequirements;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registrant.boundary.RegistrantView;
import nl.beroepsregister.registrant.boundary.Registrants;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.boundary.RegistrationView;
import nl.beroepsregister.registration.boundary.Registrations;
import nl.beroepsregister.renewal.PeCategory;
import nl.beroepsregister.renewal.Requirement;
import nl.beroepsregister.renewal.RequirementCheck;
import nl.beroepsregister.renewal.boundary.DeclarationView;
import nl.beroepsregister.renewal.boundary.Dossiers;
import nl.beroepsregister.renewal.boundary.NewPeActivity;
import nl.beroepsregister.renewal.boundary.PeActivityView;
import nl.beroepsregister.renewal.boundary.QuestionnaireView;
import nl.beroepsregister.renewal.boundary.RenewalView;
import nl.beroepsregister.renewal.boundary.Renewals;
import nl.beroepsregister.text.Texts;
import nl.beroepsregister.time.RegistryClock;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code registrant/dossier.xhtml?registration=<id>}: building the renewal dossier of the current registration year,
 * the page the reminders link to. Every change goes through the boundaries, which check again that the dossier is the
 * caller's own and still open; what a change is refused for appears in the section where it was made. Another
 * registrant's registration is "not found", never shown.
 */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The fields of each form that a refusal can point at; anything else is said for the form as a whole. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "activity", Set.of("date", "title", "provider", "points", "category"),
            "declare", Set.of("employer", "jobTitle"),
            "proposal", Set.of("title", "description"));

    @Inject
    Caller caller;

    @Inject
    Registrations registrations;

    @Inject
    Registrants registrants;

    @Inject
    Renewals renewals;

    @Inject
    Dossiers dossiers;

    @Inject
    Portfolios portfolios;

    @Inject
    Registers registers;

    @Inject
    RegistryClock clock;

    /** The registration as given in the address: text, so that anything malformed is simply not found. */
    private String registration;
    private Long registrationId;

    private RegistrationView view;
    private RenewalView renewal;
    private DeclarationView declaration;
    private QuestionnaireView questionnaire;
    private LevelRequirements rules;

    private Long editing;
    private Long removing;
    private LocalDate date;
    private String title;
    private String provider;
    private Integer points;
    private PeCategory category;
    private ChosenFile evidence;

    private String employer;
    private String jobTitle;
    private Boolean stillInFunction;

    private final Map<String, String> answers = new LinkedHashMap<>();

    private String proposalTitle;
    private String proposalDescription;
    private boolean localLevel;

    public String load() {
        try {
            registrationId = Long.valueOf(registration);
            refresh();
        } catch (NumberFormatException | NotFoundException unknown) {
            return NotFoundPage.show();
        }
        prefillDeclaration();
        return null;
    }

    private void refresh() {
        view = registrations.get(registrationId);
        renewal = renewals.renewal(registrationId);
        declaration = dossiers.declaration(registrationId).orElse(null);
        rules = registers.summary(view.register()).level(renewal.level()).orElse(null);
        questionnaire = applies(Requirement.QUESTIONNAIRE)
                ? dossiers.questionnaire(registrationId, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                : null;
        answers.clear();
        if (questionnaire != null) {
            questionnaire.questions().forEach(q -> answers.put(q.code(), questionnaire.answers().get(q.code())));
        }
    }

    private void prefillDeclaration() {
        if (declaration != null) {
            employer = declaration.employer();
            jobTitle = declaration.jobTitle();
            stillInFunction = declaration.stillInFunction();
        } else {
            caller.registrantId().map(registrants::get).ifPresent((RegistrantView me) -> {
                employer = me.employer();
                jobTitle = me.jobTitle();
            });
        }
    }

    // --- continuing education ---

    public void evidenceChosen(FileUploadEvent event) {
        evidence = ChosenFile.of(event.getFile());
    }

    public void dropEvidence() {
        evidence = null;
    }

    public void saveActivity() {
        NewPeActivity activity = new NewPeActivity(date, title, provider, points == null ? 0 : points, category);
        String filename = evidence == null ? null : evidence.filename();
        byte[] content = evidence == null ? null : evidence.content();
        boolean adding = editing == null;
        boolean saved = attempt("activity", "evidence", () -> {
            if (adding) {
                dossiers.addPeActivity(registrationId, activity, filename, content, view.version());
            } else {
                dossiers.changePeActivity(editing, activity, filename, content);
            }
        }, adding ? "my.dossier.pe.added" : "my.dossier.pe.changed", activity.title());
        if (saved) {
            clearActivity();
        }
    }

    public void edit(Long activityId) {
        renewal.peActivities().stream().filter(a -> a.id().equals(activityId)).findFirst().ifPresent(a -> {
            editing = a.id();
            date = a.date();
            title = a.title();
            provider = a.provider();
            points = a.points();
            category = a.category();
            evidence = null;
            removing = null;
            PrimeFaces.current().focus("activity:title");
        });
    }

    public void cancelEdit() {
        clearActivity();
    }

    private void clearActivity() {
        editing = null;
        date = null;
        title = null;
        provider = null;
        points = null;
        category = null;
        evidence = null;
    }

    public void askRemove(Long activityId) {
        removing = activityId;
    }

    public void cancelRemove() {
        removing = null;
    }

    public void remove() {
        Long activityId = removing;
        String removed = activity(activityId).map(PeActivityView::title).orElse("");
        removing = null;
        if (attempt("activity", null, () -> dossiers.removePeActivity(activityId), "my.dossier.pe.removed", removed)
                && activityId.equals(editing)) {
            clearActivity();
        }
    }

    private Optional<PeActivityView> activity(Long activityId) {
        return renewal.peActivities().stream().filter(a -> a.id().equals(activityId)).findFirst();
    }

    // --- declaration, questionnaire, portfolio ---

    public void sign() {
        attempt("declare", null, () -> dossiers.sign(registrationId, employer, jobTitle,
                Boolean.TRUE.equals(stillInFunction), view.version()), "my.dossier.declaration.signed");
    }

    public void saveAnswers() {
        attempt("answers", null, () -> dossiers.answer(registrationId, answers, view.version(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale()), "my.dossier.questionnaire.saved");
    }

    public void propose() {
        if (attempt("proposal", null, () -> portfolios.propose(registrationId, proposalTitle, proposalDescription,
                localLevel, view.version()), "my.dossier.portfolio.proposed", proposalTitle)) {
            proposalTitle = null;
            proposalDescription = null;
            localLevel = false;
        }
    }

    public void reportChosen(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        attempt("report", "reportFile", () -> portfolios.uploadReport(renewal.portfolio().id(), file.getFileName(),
                file.getContent()), "my.dossier.report.uploaded", file.getFileName());
    }

    /** Submits the dossier and shows the page again, now read-only, with the confirmation kept across. */
    public String submit() {
        if (!attempt("submit", null, () -> renewals.submit(registrationId, view.version()),
                "my.dossier.submission.done")) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/registrant/dossier.xhtml?faces-redirect=true&registration=" + registrationId;
    }

    /**
     * Runs a change and reloads the dossier. A refusal is shown in the form where it was made: at the field it
     * concerns when it names one (a refused file at the file field), else for the form as a whole.
     */
    private boolean attempt(String form, String fileField, Runnable change, String doneKey, Object... values) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Texts texts = Texts.in(faces.getViewRoot().getLocale());
        try {
            change.run();
            refresh();
            faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.format(doneKey, values), null));
            return true;
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> faces.addMessage(
                    FIELDS.getOrDefault(form, Set.of()).contains(v.field()) ? form + ":" + v.field() : form,
                    error(texts.get(v.message()))));
        } catch (PayloadTooLargeException | UnsupportedContentException | InfectedFileException file) {
            faces.addMessage(fileField == null ? form : form + ":" + fileField, error(texts.get(file.message())));
            if ("evidence".equals(fileField)) {
                evidence = null; // refused for good: the registrant chooses another file
            }
        } catch (RegistryException refused) {
            faces.addMessage(form, error(texts.get(refused.message())));
            if (refused instanceof ConflictException) {
                refresh();
            }
        }
        faces.validationFailed();
        return false;
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    // --- what the page shows ---

    public boolean isEditable() {
        return view != null && view.status() == RegistrationStatus.ACTIVE && renewal.status().isEditable();
    }

    /** Whether a requirement applies to this year's level (the completeness check lists only those). */
    public boolean applies(Requirement requirement) {
        return renewal.requirements().stream().anyMatch(check -> check.requirement() == requirement);
    }

    /** The section of the dossier page where a requirement is completed; the dashboard's checklist links there. */
    public static String sectionOf(Requirement requirement) {
        return switch (requirement) {
            case DECLARATION -> "declaration";
            case QUESTIONNAIRE -> "questionnaire";
            case PE_POINTS, PE_EVIDENCE -> "pe";
            case PORTFOLIO_APPROVED, PRACTICE_REPORT -> "portfolio";
            case PEER_REVIEW -> "meeting";
        };
    }

    public String section(Requirement requirement) {
        return sectionOf(requirement);
    }

    public RequirementCheck check(Requirement requirement) {
        return renewal.requirements().stream().filter(c -> c.requirement() == requirement).findFirst().orElse(null);
    }

    public List<RequirementCheck> getMissing() {
        return renewal.requirements().stream().filter(c -> !c.met()).toList();
    }

    /** The last day a PE activity may be dated on: today, or the year's last day when that comes first. */
    public LocalDate getLastActivityDay() {
        LocalDate lastDay = renewal.year().renewalDate().minusDays(1);
        LocalDate today = clock.today();
        return today.isBefore(lastDay) ? today : lastDay;
    }

    public int daysUntil(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(clock.today(), day);
    }

    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.zone());
    }

    /** Whether the approved portfolio's practice report may be uploaded now: enrolled, and before the meeting. */
    public boolean isReportOpen() {
        return isEditable() && renewal.portfolio() != null && "APPROVED".equals(renewal.portfolio().status().name())
                && renewal.meeting() != null && clock.today().isBefore(renewal.meeting().date());
    }

    /** Whether a new portfolio activity may be proposed: none yet, or the last one was rejected. */
    public boolean isProposalOpen() {
        return isEditable() && (renewal.portfolio() == null
                || "REJECTED".equals(renewal.portfolio().status().name()));
    }

    public boolean isLocalLevelRequired() {
        return rules != null && rules.dossier().portfolioLocalLevel();
    }

    public PeCategory[] getCategories() {
        return PeCategory.values();
    }

    public String getRegistration() {
        return registration;
    }

    public void setRegistration(String registration) {
        this.registration = registration;
    }

    public RegistrationView getView() {
        return view;
    }

    public RenewalView getRenewal() {
        return renewal;
    }

    public DeclarationView getDeclaration() {
        return declaration;
    }

    public QuestionnaireView getQuestionnaire() {
        return questionnaire;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getRemoving() {
        return removing;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public PeCategory getCategory() {
        return category;
    }

    public void setCategory(PeCategory category) {
        this.category = category;
    }

    public ChosenFile getEvidence() {
        return evidence;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Boolean getStillInFunction() {
        return stillInFunction;
    }

    public void setStillInFunction(Boolean stillInFunction) {
        this.stillInFunction = stillInFunction;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public String getProposalTitle() {
        return proposalTitle;
    }

    public void setProposalTitle(String proposalTitle) {
        this.proposalTitle = proposalTitle;
    }

    public String getProposalDescription() {
        return proposalDescription;
    }

    public void setProposalDescription(String proposalDescription) {
        this.proposalDescription = proposalDescription;
    }

    public boolean isLocalLevel() {
        return localLevel;
    }

    public void setLocalLevel(boolean localLevel) {
        this.localLevel = localLevel;
    }
}
