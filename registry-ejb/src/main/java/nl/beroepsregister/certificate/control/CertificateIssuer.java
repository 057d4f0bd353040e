package nl.beroepsregister.certificate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.beroepsregister.certificate.Certificate;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.RegistrationNumbers;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.time.RegistryClock;

/**
 * Issues certificates (DOMAIN.md §8): on admission, on an upgrade, and on a renewal whose new year the previous
 * certificate does not cover to its end. The new certificate supersedes the previous one on its issue date.
 */
@Dependent
public class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    /** 32 characters of 5 bits: 160 bits of randomness, beyond guessing. */
    private static final int CODE_LENGTH = 32;

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    RegistryClock clock;

    public Certificate onAdmission(Registration registration) {
        return issue(registration, registration.getStartDate());
    }

    public Certificate onUpgrade(Registration registration, LocalDate upgradeDate) {
        return issue(registration, upgradeDate);
    }

    public Optional<Certificate> onRenewal(Registration registration, RegistrationYear newYear) {
        boolean due = latest(registration).map(c -> c.endsBefore(newYear.getRenewalDate())).orElse(true);
        return due ? Optional.of(issue(registration, newYear.getStartDate())) : Optional.empty();
    }

    private Certificate issue(Registration registration, LocalDate issueDate) {
        latest(registration).ifPresent(previous -> previous.supersede(issueDate));
        int validity = registration.getRegister().getLevel(registration.getLevel()).getCertificateValidityMonths();
        Certificate certificate = new Certificate(registration,
                numbers.nextCertificateNumber(registration.getRegister().getCode(), issueDate),
                verificationCode(), registration.getLevel(), issueDate, validity, clock.now());
        em.persist(certificate);
        return certificate;
    }

    public List<Certificate> of(Registration registration) {
        return em.createNamedQuery(Certificate.OF_REGISTRATION, Certificate.class)
                .setParameter("registration", registration)
                .getResultList();
    }

    private Optional<Certificate> latest(Registration registration) {
        List<Certificate> all = of(registration);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    static String verificationCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString().toLowerCase(Locale.ROOT);
    }
}
