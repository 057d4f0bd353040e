package nl.beroepsregister.registration.boundary;

import java.time.LocalDate;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.RegistrationStatus;

/** One registration as a row of a list for export: a projection, read without loading the entities. */
public record RegistrationRow(Long id, String registrationNumber, String firstName, String lastName, String email,
                              String employer, String register, Level level, RegistrationStatus status,
                              LocalDate startDate, LocalDate validUntil) {
}
