package nl.beroepsregister.reminder;

/** Where a reminder in the outbox stands. */
public enum ReminderStatus {
    /** Queued, or waiting for its next attempt after a failure. */
    PENDING,
    /** Claimed by one server, which is delivering it now. */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after the last attempt failed; the office sees it on the dashboard. */
    FAILED
}
