package nl.beroepsregister.renewal.boundary;

/**
 * What one daily run did: reminders queued, sent and failed, and registrations lapsed, with the milliseconds each
 * step took (for operators and benchmarks).
 */
public record DailyRunResult(int queued, int sent, int failed, int lapsed, long queueMillis, long deliveryMillis,
                             long lapseMillis) {
}
