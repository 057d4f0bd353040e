package nl.beroepsregister.registration.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.boundary.Worklist;
import nl.beroepsregister.registration.boundary.Worklists;

/**
 * {@code office/worklist.xhtml?list=DOSSIERS}: one of the office's worklists as a lazy table, with the other lists a
 * click away. Each row leads to the page where its work is done: the registrant's page for an application, the
 * registration's page for everything else.
 */
@Named
@ViewScoped
public class OfficeWorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The columns each list shows beside the name and level. */
    private static final Map<Worklist, Set<String>> COLUMNS = Map.of(
            Worklist.AUDIT_TO_PLAN, Set.of("route", "at"),
            Worklist.AUDITS_HELD, Set.of("route", "date", "detail"),
            Worklist.PORTFOLIOS, Set.of("number", "detail", "localLevel", "at"),
            Worklist.DOSSIERS, Set.of("number", "at", "late", "renewalDate"),
            Worklist.DEADLINES_MISSED, Set.of("number", "date", "renewalDate", "state"),
            Worklist.ABOUT_TO_LAPSE, Set.of("number", "date", "state"),
            Worklist.FAILED_REMINDERS, Set.of("number", "state", "date", "detail"));

    @Inject
    Worklists worklists;

    private String listName;
    private Worklist list;
    private WorklistModel model;
    private String levelFilter;

    public void load() throws IOException {
        list = Worklist.OFFICE_WORK.stream().filter(l -> l.name().equals(listName)).findFirst().orElse(null);
        if (list == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "unknown worklist");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        model = new WorklistModel(worklists, list, Map.of());
    }

    public boolean shows(String column) {
        return list != null && COLUMNS.get(list).contains(column);
    }

    public List<Worklist> getLists() {
        return Worklist.OFFICE_WORK;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public String getListName() {
        return listName;
    }

    public void setListName(String listName) {
        this.listName = listName;
    }

    public Worklist getList() {
        return list;
    }

    public String getLevelFilter() {
        return levelFilter;
    }

    public void setLevelFilter(String levelFilter) {
        this.levelFilter = levelFilter;
    }

    public WorklistModel getModel() {
        return model;
    }
}
