package nl.beroepsregister.application.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.application.boundary.ApplicationDocument;
import nl.beroepsregister.application.boundary.ApplicationView;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.application.boundary.NewApplication;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.DocumentKind;
import nl.beroepsregister.document.FileType;
import nl.beroepsregister.indication.LevelIndication;
import nl.beroepsregister.portal.ChosenFile;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.PayloadTooLargeException;
import nl.beroepsregister.problem.RegistryException;
import nl.beroepsregister.problem.UnsupportedContentException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;
import nl.beroepsregister.register.boundary.LevelRequirements;
import nl.beroepsregister.register.boundary.RegisterSummary;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.text.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code registrant/apply.xhtml}: the application form, for the signed-in registrant only. The level indication is
 * shown as soon as experience, work level and function content are filled in, before anything is sent; the CV, job
 * description and course diploma are sent with the application and stored in the same transaction, so a refused file
 * leaves no application behind. The upgrade page opens it with {@code ?route=UPGRADE&level=B&register=AMB}.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("courseCompletedOn", "experienceYears");

    @Inject
    Caller caller;

    @Inject
    Registers registers;

    @Inject
    Applications applications;

    private String routeParam;
    private String levelParam;
    private String registerParam;

    private List<RegisterSummary> registerList = List.of();
    private String register;
    private Level level;
    private Route route;
    @DecimalMin("0")
    @DecimalMax("60")
    private BigDecimal experienceYears;
    private WorkLevel workLevel;
    private Level functionLevel;
    private LocalDate courseCompletedOn;
    private final Map<DocumentKind, ChosenFile> files = new LinkedHashMap<>();
    private LevelIndication indication;

    public void load() {
        registerList = registers.summaries();
        register = registerList.stream().map(RegisterSummary::code)
                .filter(code -> code.equalsIgnoreCase(registerParam == null ? "" : registerParam))
                .findFirst()
                .orElse(registerList.isEmpty() ? null : registers.summary(null).code());
        route = parse(Route.class, routeParam);
        level = parse(Level.class, levelParam);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(text)).findFirst()
                .orElse(null);
    }

    /** Shows the indication once its three parts are known; again after every change. */
    public void indicate() {
        indication = experienceYears == null || workLevel == null || functionLevel == null ? null
                : registers.indication(register, experienceYears, workLevel, functionLevel);
    }

    public void registerChanged() {
        if (level != null && selected().level(level).isEmpty()) {
            level = null;
        }
        indicate();
    }

    public void cvChosen(FileUploadEvent event) {
        files.put(DocumentKind.CV, ChosenFile.of(event.getFile()));
    }

    public void jobDescriptionChosen(FileUploadEvent event) {
        files.put(DocumentKind.JOB_DESCRIPTION, ChosenFile.of(event.getFile()));
    }

    public void diplomaChosen(FileUploadEvent event) {
        files.put(DocumentKind.COURSE_DIPLOMA, ChosenFile.of(event.getFile()));
    }

    public void drop(DocumentKind kind) {
        files.remove(kind);
    }

    public String send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Texts texts = Texts.in(faces.getViewRoot().getLocale());
        List<ApplicationDocument> documents = new ArrayList<>();
        files.forEach((kind, file) -> {
            if (kind != DocumentKind.COURSE_DIPLOMA || route == Route.COURSE) {
                documents.add(new ApplicationDocument(kind, file.filename(), file.content()));
            }
        });
        try {
            ApplicationView sent = applications.apply(new NewApplication(caller.registrantId().orElse(null),
                    register, level, route, experienceYears, workLevel, functionLevel,
                    route == Route.COURSE ? courseCompletedOn : null), documents);
            faces.addMessage("sent", new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.format("my.apply.sent", sent.requestedLevel()), null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/registrant/application.xhtml?faces-redirect=true&id=" + sent.id();
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> faces.addMessage(
                    FIELDS.contains(v.field()) ? "apply:" + v.field() : "apply", error(texts.get(v.message()))));
        } catch (PayloadTooLargeException | UnsupportedContentException file) {
            faces.addMessage(refusedFile(file).map(kind -> "apply:" + field(kind)).orElse("apply"),
                    error(texts.get(file.message())));
        } catch (RegistryException refused) {
            faces.addMessage("apply", error(texts.get(refused.message())));
        }
        faces.validationFailed();
        return null;
    }

    /** Which of the chosen files the register refused, to say it at that file. */
    private Optional<DocumentKind> refusedFile(RegistryException refusal) {
        return files.entrySet().stream()
                .filter(entry -> refusal instanceof PayloadTooLargeException
                        ? entry.getValue().content().length > Document.MAX_BYTES
                        : FileType.detect(entry.getValue().content()).filter(entry.getKey()::allows).isEmpty())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static String field(DocumentKind kind) {
        return switch (kind) {
            case CV -> "cv";
            case JOB_DESCRIPTION -> "jobDescription";
            default -> "diploma";
        };
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    // --- what the page shows ---

    public RegisterSummary selected() {
        return registerList.stream().filter(r -> r.code().equals(register)).findFirst()
                .orElseGet(() -> registers.summary(register));
    }

    public List<LevelRequirements> getLevels() {
        return selected().levels();
    }

    /** The levels the course route opens in the chosen register. */
    public List<Level> getCourseLevels() {
        return selected().levels().stream().filter(LevelRequirements::courseRoute).map(LevelRequirements::level)
                .toList();
    }

    public boolean isCourseRoute() {
        return route == Route.COURSE;
    }

    /** Whether the level asked for lies above the indication: allowed, but the audit will decide. */
    public boolean isAboveIndication() {
        return indication != null && level != null && level.isAbove(indication.level());
    }

    public ChosenFile file(DocumentKind kind) {
        return files.get(kind);
    }

    public Route[] getRoutes() {
        return Route.values();
    }

    public WorkLevel[] getWorkLevels() {
        return WorkLevel.values();
    }

    public Level[] getFunctionLevels() {
        return new Level[] {Level.C, Level.B, Level.A};
    }

    public List<RegisterSummary> getRegisters() {
        return registerList;
    }

    public LevelIndication getIndication() {
        return indication;
    }

    public String getRouteParam() {
        return routeParam;
    }

    public void setRouteParam(String routeParam) {
        this.routeParam = routeParam;
    }

    public String getLevelParam() {
        return levelParam;
    }

    public void setLevelParam(String levelParam) {
        this.levelParam = levelParam;
    }

    public String getRegisterParam() {
        return registerParam;
    }

    public void setRegisterParam(String registerParam) {
        this.registerParam = registerParam;
    }

    public String getRegister() {
        return register;
    }

    public void setRegister(String register) {
        this.register = register;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public BigDecimal getExperienceYears() {
        return experienceYears;
    }

    public void setExperienceYears(BigDecimal experienceYears) {
        this.experienceYears = experienceYears;
    }

    public WorkLevel getWorkLevel() {
        return workLevel;
    }

    public void setWorkLevel(WorkLevel workLevel) {
        this.workLevel = workLevel;
    }

    public Level getFunctionLevel() {
        return functionLevel;
    }

    public void setFunctionLevel(Level functionLevel) {
        this.functionLevel = functionLevel;
    }

    public LocalDate getCourseCompletedOn() {
        return courseCompletedOn;
    }

    public void setCourseCompletedOn(LocalDate courseCompletedOn) {
        this.courseCompletedOn = courseCompletedOn;
    }
}
