package nl.beroepsregister.meeting.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.meeting.boundary.MeetingSummary;
import nl.beroepsregister.meeting.boundary.MeetingView;
import nl.beroepsregister.meeting.boundary.Meetings;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.time.RegistryClock;

/** {@code office/meetings.xhtml}: the peer-review meetings of the past year and to come, and planning a new one. */
@Named
@ViewScoped
public class OfficeMeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    RegistryClock clock;

    @Inject
    Words words;

    private List<MeetingSummary> list;
    private List<String> registers;
    private LocalDate date;
    private String location;
    private String register;

    @PostConstruct
    void init() {
        list = meetings.recent();
        registers = meetings.registerCodes();
        register = registers.isEmpty() ? null : registers.get(0);
    }

    public String plan() {
        MeetingView planned = meetings.plan(register, date, location);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                words.format("work.done.meetingPlanned", planned.date(), planned.location()), ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/office/meeting?faces-redirect=true&id=" + planned.id();
    }

    public boolean isPast(MeetingView meeting) {
        return meeting.date().isBefore(clock.today());
    }

    public List<MeetingSummary> getMeetings() {
        return list;
    }

    public List<String> getRegisters() {
        return registers;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getRegister() {
        return register;
    }

    public void setRegister(String register) {
        this.register = register;
    }
}
