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
import nl.beroepsregister.reminder.boundary.ReminderSender;
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

    @Inject
    ReminderSender sender;

    /** How often reminders that failed are tried again between daily runs. */
    @Inject
    @ConfigProperty(name = "registry.reminders.retry-every", defaultValue = "PT5M")
    java.time.Duration retryEvery;

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
        timers.createCalendarTimer(daily, new TimerConfig(DAILY, false));
        long every = retryEvery.toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(RETRY, false));
        LOG.info(() -> "The daily run is scheduled every day at " + at + " " + clock.zone()
                + "; failed reminders are tried again every " + retryEvery);
    }

    private static final String DAILY = "daily-run";
    private static final String RETRY = "reminder-retry";

    @Timeout
    void wake(Timer timer) {
        try {
            if (DAILY.equals(timer.getInfo())) {
                dailyRun.run();
            } else {
                sender.deliverDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The " + timer.getInfo() + " failed; it runs again at its next time", e);
        }
    }
}
