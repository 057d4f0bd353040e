package nl.beroepsregister.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers people read and type: registration and certificate numbers, counting up one by one per database. */
@Dependent
public class RegistrationNumbers {

    @PersistenceContext
    EntityManager em;

    /** For example {@code AMB-000042}. */
    public String nextRegistrationNumber(String registerCode) {
        return String.format(Locale.ROOT, "%s-%06d", registerCode, next("registration_number_seq"));
    }

    /** For example {@code AMB-2026-000017}: register, year of issue, serial. */
    public String nextCertificateNumber(String registerCode, LocalDate issueDate) {
        return String.format(Locale.ROOT, "%s-%d-%06d", registerCode, issueDate.getYear(),
                next("certificate_number_seq"));
    }

    private long next(String sequence) {
        return ((Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult()).longValue();
    }
}
