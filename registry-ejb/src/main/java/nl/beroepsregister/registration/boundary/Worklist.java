package nl.beroepsregister.registration.boundary;

import java.util.List;

/**
 * The lists of work the office (and an auditor) goes through, each a query paged in the database. The office's
 * dashboard counts {@link #OFFICE_WORK}; {@link #REGISTRATIONS} is the search over every registration.
 */
public enum Worklist {
    /** Applications that came in and wait for an audit to be planned (or, for an upgrade or the course, a decision). */
    AUDIT_TO_PLAN,
    /** Audits whose date has passed without a decision on the application. */
    AUDITS_HELD,
    /** Portfolio proposals waiting for judgement. */
    PORTFOLIOS,
    /** Renewal dossiers submitted for the office's review. */
    DOSSIERS,
    /** Open or returned dossiers of active registrations whose submission deadline has passed. */
    DEADLINES_MISSED,
    /** Active registrations whose renewal date falls within {@link Worklists#LAPSE_HORIZON_DAYS} days. */
    ABOUT_TO_LAPSE,
    /** Reminders the mail server did not accept after the last attempt. */
    FAILED_REMINDERS,
    /** Every registration, to search in. */
    REGISTRATIONS,
    /** The audits planned with the signed-in auditor. */
    MY_AUDITS;

    public static final List<Worklist> OFFICE_WORK = List.of(AUDIT_TO_PLAN, AUDITS_HELD, PORTFOLIOS, DOSSIERS,
            DEADLINES_MISSED, ABOUT_TO_LAPSE, FAILED_REMINDERS);

    /** Whether each row is an application (and so belongs on the registrant's page rather than a registration's). */
    public boolean ofApplications() {
        return this == AUDIT_TO_PLAN || this == AUDITS_HELD || this == MY_AUDITS;
    }
}
