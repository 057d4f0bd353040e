package nl.beroepsregister.registration.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.registration.boundary.Worklist;
import nl.beroepsregister.registration.boundary.Worklists;
import nl.beroepsregister.reminder.boundary.Reminders;

/** {@code office/dashboard.xhtml}: how much is waiting in each of the office's worklists. */
@Named
@RequestScoped
public class OfficeDashboardBacking {

    @Inject
    Worklists worklists;

    @Inject
    Reminders reminders;

    private Map<Worklist, Long> counts;
    private Long failedReminders;

    public List<Worklist> getLists() {
        return Worklist.OFFICE_WORK.stream().filter(list -> list != Worklist.FAILED_REMINDERS).toList();
    }

    public long count(Worklist list) {
        if (counts == null) {
            counts = worklists.counts();
        }
        return counts.getOrDefault(list, 0L);
    }

    public long getFailedReminders() {
        if (failedReminders == null) {
            failedReminders = reminders.failedCount();
        }
        return failedReminders;
    }
}
