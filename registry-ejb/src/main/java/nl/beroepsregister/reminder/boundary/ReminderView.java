package nl.beroepsregister.reminder.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.reminder.Reminder;
import nl.beroepsregister.reminder.ReminderKind;
import nl.beroepsregister.reminder.ReminderStatus;

/** A reminder as the office sees it in the log, with each attempt. */
public record ReminderView(Long id, Long registrationId, ReminderKind kind, LocalDate yearStart, String recipient,
                           String copyTo, ReminderStatus status, LocalDate dueOn, Instant queuedAt, Instant sentAt,
                           int attempts, Instant nextAttemptAt, String lastError, List<Attempt> history)
        implements Serializable {

    public record Attempt(Instant at, boolean delivered, String server, String error) implements Serializable {
    }

    static ReminderView of(Reminder reminder) {
        return new ReminderView(reminder.getId(), reminder.getRegistration().getId(), reminder.getKind(),
                reminder.getYearStart(), reminder.getRecipient(), reminder.getCopyTo(), reminder.getStatus(),
                reminder.getDueOn(), reminder.getQueuedAt(), reminder.getSentAt(), reminder.getAttempts(),
                reminder.getStatus() == ReminderStatus.PENDING ? reminder.getNextAttemptAt() : null,
                reminder.getLastError(),
                reminder.getHistory().stream()
                        .map(a -> new Attempt(a.getAt(), a.isDelivered(), a.getServer(), a.getError()))
                        .toList());
    }
}
