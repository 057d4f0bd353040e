package nl.beroepsregister.registration.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.RegistrationStatus;

/** What the public register shows of a registration, and nothing more about the person. */
public record PublicRegistration(String registrationNumber, String name, String register, Level level,
                                 RegistrationStatus status, String title, LocalDate validUntil, String employer)
        implements Serializable {

    static PublicRegistration of(Registration registration) {
        return new PublicRegistration(registration.getRegistrationNumber(), registration.getRegistrant().name(),
                registration.getRegister().getCode(), registration.getLevel(), registration.getStatus(),
                registration.title().orElse(null), registration.getValidUntil(),
                registration.getRegistrant().isEmployerPublic() ? registration.getRegistrant().getEmployer() : null);
    }
}
