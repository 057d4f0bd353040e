package nl.beroepsregister.certificate;

import static nl.beroepsregister.Fixtures.OFFICE;
import static nl.beroepsregister.Fixtures.REGISTRANT;
import static nl.beroepsregister.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.beroepsregister.Fixtures;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.renewal.RegistrationYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Certificates (DOMAIN.md §8)")
class CertificateTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private final Register amb = AmbRegister.create();

    private Certificate issue(Registration registration, LocalDate issueDate) {
        Level level = registration.getLevel();
        return new Certificate(registration, "C-000001", "verify-code", level, issueDate,
                amb.getLevel(level).getCertificateValidityMonths(), at(issueDate));
    }

    @DisplayName("validity: C 1 year, B and A 2 years; expiry = issue date + validity")
    @ParameterizedTest(name = "level {0} issued {1} → expires {2}")
    @CsvSource({
            "C, 2026-03-01, 2027-03-01",
            "B, 2026-03-01, 2028-03-01",
            "A, 2026-03-01, 2028-03-01",
            "C, 2026-08-31, 2027-08-31",
            "B, 2026-06-15, 2028-06-15",
            "C, 2024-02-29, 2025-02-28",
            "B, 2024-02-29, 2026-02-28",
            "A, 2026-02-28, 2028-02-28"
    })
    void expiry(Level level, LocalDate issueDate, LocalDate expiry) {
        Certificate certificate = issue(Fixtures.admit(amb, level, issueDate), issueDate);

        assertThat(certificate.getIssueDate()).isEqualTo(issueDate);
        assertThat(certificate.getExpiryDate()).isEqualTo(expiry);
        assertThat(certificate.getLevel()).isEqualTo(level);
        assertThat(certificate.getIssuedAt()).isEqualTo(at(issueDate));
    }

    @DisplayName("valid before the expiry date, expired from it")
    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2026-03-01, VALID",
            "2027-02-28, VALID",
            "2027-03-01, EXPIRED",
            "2027-03-02, EXPIRED"
    })
    void validUntilExpiry(LocalDate today, CertificateState state) {
        Certificate certificate = issue(Fixtures.admit(amb, Level.C, START), START);

        assertThat(certificate.state(today)).isEqualTo(state);
        assertThat(certificate.isValid(today)).isEqualTo(state == CertificateState.VALID);
    }

    @DisplayName("superseded from the day a newer certificate takes its place")
    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({"2026-08-31, VALID", "2026-09-01, SUPERSEDED", "2027-06-01, SUPERSEDED"})
    void superseded(LocalDate today, CertificateState state) {
        Certificate certificate = issue(Fixtures.admit(amb, Level.C, START), START);

        certificate.supersede(LocalDate.of(2026, 9, 1));
        certificate.supersede(LocalDate.of(2026, 12, 1));

        assertThat(certificate.getSupersededOn()).contains(LocalDate.of(2026, 9, 1));
        assertThat(certificate.state(today)).isEqualTo(state);
    }

    static Stream<Arguments> endings() {
        LocalDate day = LocalDate.of(2027, 3, 2);
        return Stream.of(
                Arguments.of(Named.of("lapsed", (Consumer<Registration>) r -> r.lapse(day, at(day))),
                        CertificateState.REGISTRATION_LAPSED),
                Arguments.of(Named.of("withdrawn", (Consumer<Registration>) r -> r.withdraw(null, at(day),
                        REGISTRANT)), CertificateState.REGISTRATION_WITHDRAWN),
                Arguments.of(Named.of("struck off", (Consumer<Registration>) r -> r.strikeOff("misbruik", at(day),
                        OFFICE)), CertificateState.REGISTRATION_STRUCK_OFF));
    }

    @DisplayName("a certificate of a registration that is no longer active is not valid, whatever its dates say")
    @ParameterizedTest(name = "registration {0}")
    @MethodSource("endings")
    void registrationEnded(Consumer<Registration> end, CertificateState state) {
        Registration registration = Fixtures.admit(amb, Level.B, START);
        Certificate certificate = issue(registration, START);

        end.accept(registration);

        assertThat(certificate.getExpiryDate()).isAfter(LocalDate.of(2027, 3, 2));
        assertThat(certificate.state(LocalDate.of(2027, 3, 2))).isEqualTo(state);
        assertThat(certificate.isValid(LocalDate.of(2027, 3, 2))).isFalse();
    }

    @DisplayName("endsBefore(renewal date): true when the expiry lies before it")
    @ParameterizedTest(name = "expiry 2027-03-01, renewal date {0}: {1}")
    @CsvSource({"2027-02-28, false", "2027-03-01, false", "2027-03-02, true", "2028-03-01, true"})
    void endsBefore(LocalDate renewalDate, boolean endsBefore) {
        Certificate certificate = issue(Fixtures.admit(amb, Level.C, START), START);

        assertThat(certificate.endsBefore(renewalDate)).isEqualTo(endsBefore);
    }

    @Test
    @DisplayName("C: every renewal needs a new certificate")
    void levelCNeedsOneEveryYear() {
        Registration registration = Fixtures.admit(amb, Level.C, START);
        Certificate admission = issue(registration, START);

        RegistrationYear second = Fixtures.renewApproved(amb, registration, START.plusMonths(6));

        assertThat(admission.endsBefore(second.getRenewalDate())).isTrue();
        assertThat(admission.isValid(second.getStartDate().minusDays(1))).isTrue();
        assertThat(admission.isValid(second.getStartDate())).isFalse();
    }

    @Test
    @DisplayName("B: the first renewal keeps the admission certificate, the second needs a new one")
    void levelBNeedsOneEverySecondYear() {
        Registration registration = Fixtures.admit(amb, Level.B, START);
        Certificate admission = issue(registration, START);

        RegistrationYear second = Fixtures.renewApproved(amb, registration, START.plusMonths(6));
        boolean newAtSecond = admission.endsBefore(second.getRenewalDate());
        RegistrationYear third = Fixtures.renewApproved(amb, registration, second.getStartDate().plusMonths(6));
        boolean newAtThird = admission.endsBefore(third.getRenewalDate());

        assertThat(newAtSecond).isFalse();
        assertThat(newAtThird).isTrue();
        assertThat(admission.getExpiryDate()).isEqualTo(third.getStartDate());
        assertThat(admission.isValid(third.getStartDate().minusDays(1))).isTrue();
    }
}
