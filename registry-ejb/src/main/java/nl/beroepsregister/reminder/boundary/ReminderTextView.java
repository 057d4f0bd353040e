package nl.beroepsregister.reminder.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.reminder.ReminderKind;
import nl.beroepsregister.reminder.ReminderText;

/** The wording of a reminder in one language; {@code custom} when an administrator changed the default. */
public record ReminderTextView(ReminderKind kind, Language language, String subject, String body, boolean custom,
                               Instant changedAt, String changedBy) implements Serializable {

    static ReminderTextView of(ReminderText text, boolean custom) {
        return new ReminderTextView(text.getKind(), text.getLanguage(), text.getSubject(), text.getBody(), custom,
                text.getChangedAt(), text.getChangedBy());
    }
}
