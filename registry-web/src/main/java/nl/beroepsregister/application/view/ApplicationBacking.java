package nl.beroepsregister.application.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.application.boundary.ApplicationDocument;
import nl.beroepsregister.application.boundary.ApplicationView;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.document.DocumentKind;
import nl.beroepsregister.portal.NotFoundPage;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.problem.RegistryException;
import nl.beroepsregister.renewal.boundary.DocumentView;
import nl.beroepsregister.text.Texts;
import nl.beroepsregister.time.RegistryClock;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code registrant/application.xhtml?id=<id>}: where an application stands (applied, audit planned with whom and
 * when, the decision and its reason), its evidence, and adding evidence while it is open. Another registrant's
 * application is "not found", never shown.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    RegistryClock clock;

    private String id;
    private Long applicationId;
    private ApplicationView application;
    private List<DocumentView> evidence = List.of();
    private DocumentKind kind = DocumentKind.CV;

    public String load() {
        try {
            applicationId = Long.valueOf(id);
            refresh();
            return null;
        } catch (NumberFormatException | NotFoundException unknown) {
            return NotFoundPage.show();
        }
    }

    private void refresh() {
        application = applications.get(applicationId);
        evidence = applications.evidence(applicationId);
    }

    /** Adds the chosen file at once: the boundary checks its size and type from its content. */
    public void fileChosen(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Texts texts = Texts.in(faces.getViewRoot().getLocale());
        try {
            applications.attach(applicationId, new ApplicationDocument(kind, event.getFile().getFileName(),
                    event.getFile().getContent()));
            refresh();
            faces.addMessage("attach", new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.format("my.application.attached", event.getFile().getFileName()), null));
        } catch (RegistryException refused) {
            faces.addMessage("attach:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get(refused.message()), null));
            faces.validationFailed();
        }
    }

    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.zone());
    }

    /** Whether the application's route needs an audit before a decision. */
    public boolean isAuditRoute() {
        return application.route() == Route.ENTRY_AUDIT;
    }

    public List<DocumentKind> getKinds() {
        return List.of(DocumentKind.CV, DocumentKind.JOB_DESCRIPTION, DocumentKind.COURSE_DIPLOMA);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public List<DocumentView> getEvidence() {
        return evidence;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }
}
