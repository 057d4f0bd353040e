package nl.beroepsregister.registration.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.boundary.Worklist;
import nl.beroepsregister.registration.boundary.Worklists;

/** {@code office/registrations.xhtml}: every registration, searched by name or number and filtered, page by page. */
@Named
@ViewScoped
public class OfficeRegistrationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklists worklists;

    private WorklistModel model;
    private String levelFilter;
    private String statusFilter;

    @PostConstruct
    void init() {
        model = new WorklistModel(worklists, Worklist.REGISTRATIONS, Map.of());
    }

    public WorklistModel getModel() {
        return model;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    public String getLevelFilter() {
        return levelFilter;
    }

    public void setLevelFilter(String levelFilter) {
        this.levelFilter = levelFilter;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }
}
