package nl.beroepsregister.renewal.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.beroepsregister.registration.boundary.Registrations;
import nl.beroepsregister.time.RegistryClock;

/**
 * The register's daily work, as of the clock's today: lapse the registrations whose renewal date passed without an
 * approved renewal. The daily timer and {@code POST /api/admin/daily-run} both run exactly this. Each registration
 * is handled in a transaction of its own, so that one failure stops nothing else and a second run (on this or
 * another server) finds nothing left to do.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyRun {

    private static final Logger LOG = Logger.getLogger(DailyRun.class.getName());

    @Inject
    RegistryClock clock;

    @Inject
    Registrations registrations;

    public DailyRunResult run() {
        LocalDate today = clock.today();
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
        int done = lapsed;
        LOG.info(() -> "Daily run for " + today + ": " + done + " registration(s) lapsed");
        return new DailyRunResult(0, 0, 0, lapsed);
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
