package nl.beroepsregister.reminder.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Period;
import java.util.List;
import java.util.TreeSet;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.reminder.ReminderText;
import nl.beroepsregister.reminder.boundary.ReminderTextView;
import nl.beroepsregister.reminder.boundary.Reminders;
import nl.beroepsregister.reminder.control.ReminderSchedule;

/**
 * {@code admin/reminders.xhtml}: when the reminders go out (the server's configuration, shown here) and what they
 * say, per kind and language: an administrator's own wording, or back to the default.
 */
@Named
@ViewScoped
public class RemindersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reminders reminders;

    @Inject
    ReminderSchedule schedule;

    @Inject
    Words msg;

    private List<ReminderTextView> texts;
    private ReminderTextView editing;
    private String subject;
    private String body;

    public List<ReminderTextView> getTexts() {
        if (texts == null) {
            texts = reminders.texts();
        }
        return texts;
    }

    public void edit(ReminderTextView text) {
        editing = text;
        subject = text.subject();
        body = text.body();
    }

    public void save() {
        ReminderTextView saved = reminders.changeText(editing.kind(), editing.language(), subject, body);
        done("admin.reminders.saved", saved);
    }

    public void restore() {
        ReminderTextView restored = reminders.restoreText(editing.kind(), editing.language());
        done("admin.reminders.restored", restored);
    }

    public void cancel() {
        editing = null;
    }

    private void done(String key, ReminderTextView text) {
        texts = null;
        editing = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                msg.format(key, msg.get("admin.reminders.kind." + text.kind().name()), text.language().name()),
                null));
    }

    public String getPlaceholders() {
        return String.join(" ", new TreeSet<>(ReminderText.PLACEHOLDERS).stream().map(p -> "{" + p + "}").toList());
    }

    public String getDueSoon() {
        return period(schedule.dueSoonBeforeRenewal());
    }

    public String getMissedAfter() {
        return period(schedule.missedAfterDeadline());
    }

    public String getProposalAfter() {
        return period(schedule.proposalAfterStart());
    }

    /** A period as people say it: "3 maanden", "1 dag", "0 dagen". */
    String period(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return msg.format("admin.reminders.days", period.getDays());
        }
        if (period.getDays() == 0) {
            return msg.format("admin.reminders.months", (int) period.toTotalMonths());
        }
        return period.toString();
    }

    public ReminderTextView getEditing() {
        return editing;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
