package nl.beroepsregister.renewal.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.beroepsregister.registrant.boundary.Privacy;
import nl.beroepsregister.registration.boundary.Registrations;
import nl.beroepsregister.reminder.boundary.ReminderSender;
import nl.beroepsregister.reminder.boundary.Reminders;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * The register's daily work, as of the clock's today: queue the reminders that are due and deliver what the outbox
 * holds, lapse the registrations whose renewal date passed without an approved renewal, and remove the personal data
 * that the retention rule no longer allows to keep. The daily timer and
 * {@code POST /api/admin/daily-run} both run exactly this. Each step commits on its own (each lapse too), so that one
 * failure stops nothing else and a second run, on this or another server, finds nothing left to do.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyRun {

    private static final Logger LOG = Logger.getLogger(DailyRun.class.getName());

    @Inject
    RegistryClock clock;

    @Inject
    Registrations registrations;

    @Inject
    Reminders reminders;

    @Inject
    ReminderSender sender;

    @Inject
    Privacy privacy;

    @Inject
    @Metric(name = "registry.reminders.queued", absolute = true,
            description = "Reminders put into the outbox by daily runs")
    Counter queuedCount;

    public DailyRunResult run() {
        LocalDate today = clock.today();
        long started = System.nanoTime();
        int queued = reminders.queueDue(today, clock.now());
        queuedCount.inc(queued);
        long queuedAt = System.nanoTime();
        ReminderSender.Delivery delivery = sender.deliverDue();
        long deliveredAt = System.nanoTime();
        int lapsed = 0;
        for (Long id : registrations.lapseCandidates(today)) {
            try {
                if (registrations.lapseIfDue(id, today)) {
                    lapsed++;
                }
            } catch (jakarta.ejb.EJBException e) {
                if (causedByConcurrentChange(e)) {
                    LOG.fine(() -> "Registration " + id + " was changed concurrently; the next run looks again");
                } else {
                    LOG.log(Level.SEVERE, "Could not lapse registration " + id, e);
                }
            }
        }
        long lapsedAt = System.nanoTime();
        int anonymized = 0;
        for (Long registrant : privacy.dueForRemoval(today)) {
            privacy.removePersonalData(registrant);
            anonymized++;
        }
        DailyRunResult result = new DailyRunResult(queued, delivery.sent(), delivery.failed(), lapsed, anonymized,
                millis(started, queuedAt), millis(queuedAt, deliveredAt), millis(deliveredAt, lapsedAt));
        LOG.info(() -> "Daily run for " + today + ": " + result);
        return result;
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static boolean causedByConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
