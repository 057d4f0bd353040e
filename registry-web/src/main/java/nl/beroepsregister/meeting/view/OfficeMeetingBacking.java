package nl.beroepsregister.meeting.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.meeting.boundary.MeetingRoster;
import nl.beroepsregister.meeting.boundary.Meetings;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registration.boundary.WorkItem;
import nl.beroepsregister.registration.boundary.Worklist;
import nl.beroepsregister.registration.boundary.Worklists;

/**
 * {@code office/meeting.xhtml?id=}: one peer-review meeting: who is enrolled, whether their practice report came in
 * before it, enrolling more (found by name or number) and, from the meeting's date on, recording attendance.
 */
@Named
@ViewScoped
public class OfficeMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 10;
    private static final int MIN_QUERY = 2;

    @Inject
    Meetings meetings;

    @Inject
    Worklists worklists;

    @Inject
    Words words;

    private Long id;
    private MeetingRoster roster;
    private String query;
    private List<WorkItem> candidates;

    public void load() throws IOException {
        try {
            roster = meetings.roster(id);
        } catch (NotFoundException unknown) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "unknown meeting");
            faces.responseComplete();
        }
    }

    /** Active registrations of the meeting's register whose holder's name or number contains the query. */
    public void search() {
        if (query == null || query.strip().length() < MIN_QUERY) {
            candidates = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    words.format("rule.search.tooShort", MIN_QUERY), ""));
            return;
        }
        candidates = worklists.rows(Worklist.REGISTRATIONS, 0, CANDIDATES, "name", false,
                Map.of("query", query == null ? "" : query, "status", "ACTIVE",
                        "register", roster.meeting().register()));
    }

    public String enrol(WorkItem registration) {
        meetings.enrol(id, registration.registrationId());
        return done(words.format("work.done.enrolled", registration.name(), registration.registrationNumber()));
    }

    public String recordAttendance(MeetingRoster.Enrolment enrolment, boolean presented) {
        meetings.recordAttendance(id, enrolment.registrationId(), presented);
        return done(words.format(presented ? "work.done.presented" : "work.done.attended", enrolment.name()));
    }

    private String done(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/office/meeting?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingRoster getRoster() {
        return roster;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<WorkItem> getCandidates() {
        return candidates;
    }
}
