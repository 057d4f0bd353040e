package nl.beroepsregister.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" and "today" in the register. In production it follows the system clock in the register's
 * time zone; when {@code registry.clock} is set it stands still at that instant and can be moved, so that
 * demonstrations and tests can walk through a registration year.
 */
@ApplicationScoped
public class RegistryClock {

    private static final Logger LOG = Logger.getLogger(RegistryClock.class.getName());

    @Inject
    @ConfigProperty(name = "registry.clock")
    Optional<String> fixedAt;

    @Inject
    @ConfigProperty(name = "registry.zone", defaultValue = "Europe/Amsterdam")
    String zoneName;

    private ZoneId zone;
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    @PostConstruct
    void init() {
        zone = ZoneId.of(zoneName);
        fixedAt.filter(value -> !value.isBlank()).map(Instant::parse).ifPresent(instant -> {
            fixed.set(instant.truncatedTo(ChronoUnit.MICROS));
            LOG.warning(() -> "The register's clock stands still at " + instant + " (registry.clock is set)");
        });
    }

    public Instant now() {
        Instant stopped = fixed.get();
        return stopped != null ? stopped : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The real time, whatever {@link #now()} says: for how long something really lasted (a session's absolute limit,
     * the window of sign-in throttling), which must not stand still or jump when the register's clock is held or moved.
     */
    public Instant elapsing() {
        return Instant.now();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock asClock() {
        Instant stopped = fixed.get();
        return stopped != null ? Clock.fixed(stopped, zone) : Clock.system(zone);
    }

    /** Whether the clock was fixed at start, and so may be moved. */
    public boolean isAdjustable() {
        return fixed.get() != null;
    }

    public void moveTo(Instant instant) {
        if (!isAdjustable()) {
            throw new IllegalStateException("the clock follows the system clock; set registry.clock to move it");
        }
        fixed.set(instant.truncatedTo(ChronoUnit.MICROS));
        LOG.info(() -> "The register's clock was moved to " + instant);
    }
}
