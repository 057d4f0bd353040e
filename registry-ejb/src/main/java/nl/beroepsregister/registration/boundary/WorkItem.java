package nl.beroepsregister.registration.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import nl.beroepsregister.register.Level;

/**
 * One row of a worklist, read as a projection in the list's one query. What {@code id}, {@code state}, {@code date},
 * {@code at} and {@code detail} hold depends on the list: for applications the application's id, its route, the audit
 * date, when it came in and the auditor; for portfolios the proposal's id and its title; for dossiers the year's
 * status, its deadline or renewal date and when it was submitted; for reminders its kind, due day and last error.
 */
public record WorkItem(Long id, Long registrantId, String firstName, String lastName, Long registrationId,
                       String registrationNumber, String register, Level level, Enum<?> state, LocalDate date,
                       LocalDate renewalDate, Instant at, String detail, Boolean late, Boolean localLevel)
        implements Serializable {

    public String name() {
        return firstName + " " + lastName;
    }
}
