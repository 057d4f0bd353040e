package nl.beroepsregister.renewal.boundary;

/** What one daily run did: reminders queued, sent and failed, and registrations lapsed. */
public record DailyRunResult(int queued, int sent, int failed, int lapsed) {
}
