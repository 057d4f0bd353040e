package nl.beroepsregister.registrant.boundary;

import java.io.Serializable;
import java.util.List;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.registrant.Registrant;

public record RegistrantView(Long id, String firstName, String lastName, String email, String employer,
                             String jobTitle, Language language, String username, List<Long> registrationIds,
                             List<Long> applicationIds) implements Serializable {

    static RegistrantView of(Registrant registrant, String username, List<Long> registrationIds,
                             List<Long> applicationIds) {
        return new RegistrantView(registrant.getId(), registrant.getFirstName(), registrant.getLastName(),
                registrant.getEmail(), registrant.getEmployer(), registrant.getJobTitle(), registrant.getLanguage(),
                username, registrationIds, applicationIds);
    }
}
