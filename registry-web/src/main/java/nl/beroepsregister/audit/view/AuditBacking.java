package nl.beroepsregister.audit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.beroepsregister.audit.AuditEvent;
import nl.beroepsregister.audit.boundary.AuditTrail;
import nl.beroepsregister.time.RegistryClock;

/** {@code office/audit.xhtml}: the audit trail, newest first, filtered and paged back in time. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @Inject
    AuditTrail trail;

    @Inject
    RegistryClock clock;

    private String subject;
    private String actor;
    private String action;
    private Instant before;
    private List<AuditEvent> lines;

    public void load() {
        lines = trail.page(blank(subject), blank(actor), blank(action), before, PAGE);
    }

    public void search() {
        before = null;
        load();
    }

    public void older() {
        if (lines != null && !lines.isEmpty()) {
            before = lines.get(lines.size() - 1).getAt();
        }
        load();
    }

    public void newest() {
        before = null;
        load();
    }

    public boolean isMore() {
        return lines != null && lines.size() == PAGE;
    }

    public String time(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of(clock.zone().getId())).format(at);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<AuditEvent> getLines() {
        return lines;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
