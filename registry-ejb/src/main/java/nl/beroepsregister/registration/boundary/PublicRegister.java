package nl.beroepsregister.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.beroepsregister.certificate.Certificate;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.time.RegistryClock;

/**
 * What anyone may ask without signing in: is this person registered, and is this certificate valid. Always read
 * from the database in the same request, so a registration struck off a moment ago never shows as valid.
 */
@Stateless
public class PublicRegister {

    public static final int MIN_SEARCH_LENGTH = 2;
    public static final int MAX_RESULTS = 50;
    private static final int MAX_CODE_LENGTH = 64;

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryClock clock;

    public PublicRegistration lookup(String registrationNumber) {
        String number = registrationNumber == null ? "" : registrationNumber.strip().toUpperCase();
        return em.createNamedQuery(Registration.BY_NUMBER, Registration.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(PublicRegistration::of)
                .orElseThrow(() -> NotFoundException.of("registrationNumber", number));
    }

    /** Active registrations whose holder's name contains the text, ignoring case and accents. */
    public List<PublicRegistration> search(String name) {
        String text = name == null ? "" : Registrant.searchable(name);
        if (text.length() < MIN_SEARCH_LENGTH) {
            throw InvalidInputException.of("name", "rule.search.tooShort", MIN_SEARCH_LENGTH);
        }
        String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return em.createNamedQuery(Registration.ACTIVE_BY_NAME, Registration.class)
                .setParameter("pattern", pattern)
                .setMaxResults(MAX_RESULTS)
                .getResultList().stream()
                .map(PublicRegistration::of)
                .toList();
    }

    /** Verifies a certificate by its code; an unknown code and a malformed one get the same answer. */
    public CertificateVerification verify(String code) {
        String normalized = code == null ? "" : code.strip().toLowerCase();
        if (normalized.isEmpty() || normalized.length() > MAX_CODE_LENGTH) {
            throw NotFoundException.of("certificate", "");
        }
        return em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                .setParameter("code", normalized)
                .getResultStream()
                .findFirst()
                .map(certificate -> CertificateVerification.of(certificate, clock.today()))
                .orElseThrow(() -> NotFoundException.of("certificate", ""));
    }
}
