package nl.beroepsregister.registrant.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.account.boundary.Accounts;
import nl.beroepsregister.application.boundary.ApplicationView;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.application.boundary.DecisionResult;
import nl.beroepsregister.application.view.AuditForm;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registrant.boundary.RegistrantView;
import nl.beroepsregister.registrant.boundary.Registrants;
import nl.beroepsregister.registration.boundary.RegistrationView;
import nl.beroepsregister.registration.boundary.Registrations;
import nl.beroepsregister.time.RegistryClock;

/**
 * {@code office/registrant.xhtml?id=}: a person on the register, their registrations and their applications, where
 * the office plans an application's audit and records its outcome.
 */
@Named
@ViewScoped
public class OfficeRegistrantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrants registrants;

    @Inject
    Registrations registrations;

    @Inject
    Applications applications;

    @Inject
    Accounts accounts;

    @Inject
    RegistryClock clock;

    @Inject
    Words words;

    private Long id;
    private RegistrantView registrant;
    private List<RegistrationView> registrationList;
    private List<ApplicationView> applicationList;
    private List<String> auditors;
    private final Map<Long, AuditForm> forms = new LinkedHashMap<>();

    public void load() throws IOException {
        try {
            registrant = registrants.get(id);
        } catch (NotFoundException unknown) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "unknown registrant");
            faces.responseComplete();
            return;
        }
        registrationList = registrant.registrationIds().stream().map(registrations::get).toList();
        // newest first: the open application is what the office works on
        List<Long> newestFirst = new ArrayList<>(registrant.applicationIds());
        Collections.reverse(newestFirst);
        applicationList = newestFirst.stream().map(applications::get).toList();
        applicationList.stream().filter(a -> a.status().isOpen())
                .forEach(a -> forms.put(a.id(), new AuditForm(a, clock.today())));
        auditors = accounts.auditors();
    }

    public String planAudit(Long applicationId) {
        ApplicationView planned = forms.get(applicationId).plan(applications);
        return done(words.format("work.done.auditPlanned", planned.audit().date(), planned.audit().auditor()));
    }

    public String recordOutcome(Long applicationId) {
        DecisionResult result = forms.get(applicationId).decide(applications);
        return done(result.registrationNumber() == null ? words.get("work.done.rejected")
                : words.format("work.done.passed", result.registrationNumber()));
    }

    private String done(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/office/registrant?faces-redirect=true&id=" + id;
    }

    public Map<Long, AuditForm> getForms() {
        return forms;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RegistrantView getRegistrant() {
        return registrant;
    }

    public List<RegistrationView> getRegistrations() {
        return registrationList;
    }

    public List<ApplicationView> getApplications() {
        return applicationList;
    }

    public List<String> getAuditors() {
        return auditors;
    }
}
