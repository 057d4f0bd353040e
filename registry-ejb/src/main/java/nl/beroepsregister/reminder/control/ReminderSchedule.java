package nl.beroepsregister.reminder.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When each reminder falls due (DOMAIN.md §9), as configuration: {@code registry.reminders.due-soon} before the
 * renewal date (default three months), the dossier deadline itself (the register's deadline), the day
 * {@code registry.reminders.deadline-missed} after the deadline (default one day), and
 * {@code registry.reminders.portfolio-proposal} after the start of the year (default that day). A reminder stays due
 * from its day until it is pointless, so a run after days of downtime still finds it.
 *
 * <p>The windows are turned into date bounds on stored columns (the renewal date, the deadline, the start), computed
 * here exactly for calendar months, so that the database selects the due rows by index.
 */
@ApplicationScoped
public class ReminderSchedule {

    @Inject
    @ConfigProperty(name = "registry.reminders.due-soon", defaultValue = "P3M")
    Period dueSoonBeforeRenewal;

    @Inject
    @ConfigProperty(name = "registry.reminders.deadline-missed", defaultValue = "P1D")
    Period missedAfterDeadline;

    @Inject
    @ConfigProperty(name = "registry.reminders.portfolio-proposal", defaultValue = "P0D")
    Period proposalAfterStart;

    /** How long before the renewal date the "due soon" reminder goes out. */
    public Period dueSoonBeforeRenewal() {
        return dueSoonBeforeRenewal;
    }

    /** How long after a missed deadline the "deadline missed" reminder goes out. */
    public Period missedAfterDeadline() {
        return missedAfterDeadline;
    }

    /** How long after the start of the year the portfolio reminder goes out. */
    public Period proposalAfterStart() {
        return proposalAfterStart;
    }

    /** The latest renewal date whose "due soon" day is today or earlier. */
    public LocalDate latestRenewalDateDueSoon(LocalDate today) {
        return latest(today, day -> day.minus(dueSoonBeforeRenewal), today.plus(dueSoonBeforeRenewal));
    }

    /** The latest deadline whose "deadline missed" day is today or earlier. */
    public LocalDate latestDeadlineMissed(LocalDate today) {
        return latest(today, day -> day.plus(missedAfterDeadline), today.minus(missedAfterDeadline));
    }

    /** The latest year start whose portfolio reminder is due today or earlier. */
    public LocalDate latestStartForProposal(LocalDate today) {
        return latest(today, day -> day.plus(proposalAfterStart), today.minus(proposalAfterStart));
    }

    /**
     * The largest day d for which {@code dueDay(d)} is not after today. {@code dueDay} never decreases as d grows, so
     * the days that qualify form a prefix; the estimate is close, and calendar months only make it a few days off.
     */
    static LocalDate latest(LocalDate today, UnaryOperator<LocalDate> dueDay, LocalDate estimate) {
        LocalDate day = estimate.plusDays(4);
        while (dueDay.apply(day).isAfter(today)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
