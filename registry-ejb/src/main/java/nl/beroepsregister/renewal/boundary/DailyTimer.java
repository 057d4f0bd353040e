package nl.beroepsregister.renewal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wakes the daily run once a day at {@code registry.daily-run.time} (default 01:15, in the register's time zone).
 * The timer is not persistent: it is only a wake-up call, and what is due is always worked out from the database.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DailyTimer {

    private static final Logger LOG = Logger.getLogger(DailyTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DailyRun dailyRun;

    @Inject
    RegistryClock clock;

    @Inject
    @ConfigProperty(name = "registry.daily-run.time", defaultValue = "01:15")
    String timeOfDay;

    @Inject
    @ConfigProperty(name = "registry.daily-run.enabled", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("The daily run's timer is switched off (registry.daily-run.enabled=false)");
            return;
        }
        LocalTime at = LocalTime.parse(timeOfDay);
        ScheduleExpression daily = new ScheduleExpression()
                .hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(clock.zone().getId());
        timers.createCalendarTimer(daily, new TimerConfig("daily-run", false));
        LOG.info(() -> "The daily run is scheduled every day at " + at + " " + clock.zone());
    }

    @Timeout
    void wake(Timer timer) {
        try {
            dailyRun.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The daily run failed; it runs again tomorrow, or on demand", e);
        }
    }
}
