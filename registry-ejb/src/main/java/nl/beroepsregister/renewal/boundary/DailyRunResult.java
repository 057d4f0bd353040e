package nl.beroepsregister.renewal.boundary;

/**
 * What one daily run did: reminders queued, sent and failed, registrations lapsed, registrants whose personal data
 * were removed under the retention rule, and the milliseconds each step took (for operators and benchmarks).
 */
public record DailyRunResult(int queued, int sent, int failed, int lapsed, int anonymized, long queueMillis,
                             long deliveryMillis, long lapseMillis) {
}
