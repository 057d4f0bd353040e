package nl.beroepsregister.application.view;

import java.io.Serializable;
import java.time.LocalDate;
import nl.beroepsregister.application.boundary.ApplicationView;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.application.boundary.DecisionResult;
import nl.beroepsregister.register.Level;

/**
 * What the office or an auditor fills in about one application's audit: its planning (day and auditor) and its
 * outcome (passed at a level from a start date, or not passed with a reason).
 */
public class AuditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long applicationId;
    private final long version;
    private LocalDate date;
    private String auditor;
    private boolean passed = true;
    private Level level;
    private LocalDate startDate;
    private String reason;

    public AuditForm(ApplicationView application, LocalDate today) {
        this.applicationId = application.id();
        this.version = application.version();
        this.date = application.audit().date();
        this.auditor = application.audit().auditor();
        this.level = application.requestedLevel();
        this.startDate = today;
    }

    public ApplicationView plan(Applications applications) {
        return applications.planAudit(applicationId, date, auditor, version);
    }

    public DecisionResult decide(Applications applications) {
        return passed ? applications.pass(applicationId, level, startDate)
                : applications.reject(applicationId, reason);
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getAuditor() {
        return auditor;
    }

    public void setAuditor(String auditor) {
        this.auditor = auditor;
    }

    /** "true" or "false", as the radio buttons send it. */
    public String getOutcome() {
        return String.valueOf(passed);
    }

    public void setOutcome(String outcome) {
        this.passed = !"false".equals(outcome);
    }

    public boolean isPassed() {
        return passed;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
