package nl.beroepsregister.application.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.boundary.Accounts;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.application.ApplicantFacts;
import nl.beroepsregister.application.Application;
import nl.beroepsregister.application.ApplicationStatus;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.audit.control.Audited;
import nl.beroepsregister.certificate.control.CertificateIssuer;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.UploadLimits;
import nl.beroepsregister.document.control.Documents;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registrant.boundary.Registrants;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.RegistrationNumbers;
import nl.beroepsregister.renewal.boundary.DocumentView;
import nl.beroepsregister.time.RegistryClock;

/** Admission: application, audit and decision, for each route (DOMAIN.md §5). */
@Stateless
public class Applications {

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
    Registers registers;

    @Inject
    Registrants registrants;

    @Inject
    Accounts accounts;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    CertificateIssuer certificates;

    @Inject
    Documents documents;

    /** Opens an application: by the office for anyone, or by a registrant for themself. */
    @Audited(value = "application.submitted", subject = "application", subjectArgument = Audited.RESULT)
    public ApplicationView apply(NewApplication request) {
        if (!caller.isOffice()) {
            boolean forThemself = caller.has(Role.REGISTRANT)
                    && caller.registrantId().filter(id -> id.equals(request.registrantId())).isPresent();
            if (!forThemself) {
                throw new AccessDeniedException(
                        nl.beroepsregister.problem.Message.of("rule.application.registrantOnlyOwn"));
            }
        }
        Registrant registrant = registrants.load(request.registrantId());
        Register register = registers.get(request.register());
        boolean openApplication = !em.createNamedQuery(Application.OPEN_FOR, Application.class)
                .setParameter("registrant", registrant)
                .setParameter("register", register)
                .setMaxResults(1)
                .getResultList().isEmpty();
        Application application = Application.apply(registrant, register, request.requestedLevel(),
                request.route(), new ApplicantFacts(request.experienceYears(), request.workLevel(),
                        request.functionLevel(), request.courseCompletedOn()),
                activeRegistration(registrant, register), openApplication, clock.today(), clock.now(),
                caller.username());
        em.persist(application);
        return ApplicationView.of(application);
    }

    /**
     * Opens an application with its evidence (CV, job description, course diploma) in one transaction: a file that is
     * refused (too large, or not a type that kind of document may be) leaves no application behind.
     */
    public ApplicationView apply(NewApplication request, List<ApplicationDocument> evidence) {
        ApplicationView opened = self().apply(request);
        evidence.forEach(document -> self().attach(opened.id(), document));
        return get(opened.id());
    }

    /**
     * Adds evidence to an open application: by its applicant or the office; within the limits per application, checked
     * before the file is scanned and stored and again by the application.
     */
    @Audited(value = "document.uploaded", subject = "application")
    public ApplicationView attach(Long id, ApplicationDocument document) {
        Application application = load(id);
        caller.requireOwnOrOffice(application.getRegistrant(), "application", id);
        if (!ApplicationDocument.KINDS.contains(document.kind())) {
            throw InvalidInputException.of("kind", "rule.application.documentKind", document.kind());
        }
        UploadLimits limits = documents.perApplication();
        limits.requireRoom(application.getDocuments(), null, document.content().length);
        application.attach(documents.store(document.kind(), document.filename(), document.content()), limits);
        return ApplicationView.of(application);
    }

    /** The evidence of an application, oldest first; for whoever may see the application. */
    public List<DocumentView> evidence(Long id) {
        Application application = load(id);
        requireVisible(application);
        return application.getDocuments().stream().map(DocumentView::of).toList();
    }

    /** One document of an application, as the file that was uploaded. */
    @Audited(value = "document.downloaded", subject = "application")
    public DocumentFile evidenceFile(Long id, Long documentId) {
        Application application = load(id);
        requireVisible(application);
        Document document = application.getDocuments().stream()
                .filter(candidate -> candidate.getId().equals(documentId))
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("document", documentId));
        return new DocumentFile(document.downloadName(), document.getFileType().mediaType(),
                documents.content(document));
    }

    public ApplicationView get(Long id) {
        Application application = load(id);
        requireVisible(application);
        return ApplicationView.of(application);
    }

    /** Plans the audit with an auditor on a day from today on; by the office. */
    @Audited(value = "application.auditPlanned", subject = "application")
    public ApplicationView planAudit(Long id, LocalDate date, String auditorUsername) {
        return planAudit(id, date, auditorUsername, null);
    }

    /** As above, refused when the application changed since the caller saw it in the given version. */
    @Audited(value = "application.auditPlanned", subject = "application")
    public ApplicationView planAudit(Long id, LocalDate date, String auditorUsername, Long version) {
        caller.requireOffice();
        Application application = load(id);
        application.requireVersion(version);
        Account auditor = accounts.find(auditorUsername)
                .filter(account -> account.has(Role.AUDITOR) && account.isEnabled())
                .orElseThrow(() -> RuleViolationException.of("rule.audit.auditorRole", auditorUsername));
        application.planAudit(date, auditor, clock.today());
        return ApplicationView.of(application);
    }

    /**
     * Passes the application at a level, by the office or the auditor of its audit. A new entry starts a registration
     * on the start date; an upgrade (or a course admission of someone active one level lower) raises the existing
     * registration on that day, keeping its number and its year. A certificate of the level is issued.
     */
    @Audited(value = "application.decided", subject = "application")
    public DecisionResult pass(Long id, Level level, LocalDate startDate) {
        Application application = load(id);
        requireDecider(application);
        Level decided = level != null ? level : application.getRequestedLevel();
        LocalDate today = clock.today();
        LocalDate start = startDate != null ? startDate : today;
        application.checkPassable(decided, today);
        Optional<Registration> active = activeRegistration(application.getRegistrant(), application.getRegister());
        boolean raisesExisting = application.getRoute() == Route.UPGRADE
                || (application.getRoute() == Route.COURSE && active.isPresent());
        Registration registration;
        if (raisesExisting) {
            registration = active
                    .filter(r -> decided.previous().filter(r.getLevel()::equals).isPresent())
                    .orElseThrow(() -> RuleViolationException.of("rule.application.upgradeNeedsActiveLower",
                            decided.previous().orElse(decided), decided));
            registration.upgrade(decided, start, application.getCourseCompletedOn(), today, clock.now(),
                    caller.username());
            certificates.onUpgrade(registration, start);
        } else {
            active.ifPresent(existing -> {
                throw RuleViolationException.of("rule.application.alreadyRegistered",
                        existing.getRegistrationNumber(), existing.getLevel());
            });
            registration = Registration.admit(application.getRegistrant(), application.getRegister(), decided,
                    start, application.getCourseCompletedOn(), today, clock.now(), caller.username());
            registration.assignNumber(numbers.nextRegistrationNumber(application.getRegister().getCode()));
            em.persist(registration);
            certificates.onAdmission(registration);
        }
        application.pass(decided, registration, clock.now(), caller.username());
        return new DecisionResult(ApplicationStatus.PASSED, registration.getId(),
                registration.getRegistrationNumber());
    }

    @Audited(value = "application.decided", subject = "application")
    public DecisionResult reject(Long id, String reason) {
        Application application = load(id);
        requireDecider(application);
        application.reject(reason, clock.now(), caller.username());
        return new DecisionResult(ApplicationStatus.REJECTED, null, null);
    }

    private Optional<Registration> activeRegistration(Registrant registrant, Register register) {
        return em.createNamedQuery(Registration.ACTIVE_IN_REGISTER, Registration.class)
                .setParameter("registrant", registrant)
                .setParameter("register", register)
                .getResultStream()
                .findFirst();
    }

    private Application load(Long id) {
        Application application = id == null ? null : em.find(Application.class, id);
        if (application == null) {
            throw NotFoundException.of("application", id);
        }
        return application;
    }

    /** The office sees every application, a registrant their own, an auditor those audited by them. */
    private void requireVisible(Application application) {
        if (caller.isOffice() || (caller.has(Role.AUDITOR) && application.isAuditedBy(caller.username()))) {
            return;
        }
        caller.requireOwnOrOffice(application.getRegistrant(), "application", application.getId());
    }

    private void requireDecider(Application application) {
        requireVisible(application);
        boolean auditorOfIt = caller.has(Role.AUDITOR) && application.isAuditedBy(caller.username());
        if (!caller.isOffice() && !auditorOfIt) {
            throw AccessDeniedException.forbidden();
        }
    }

    private Applications self() {
        return context.getBusinessObject(Applications.class);
    }
}
