package nl.beroepsregister.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.beroepsregister.Fixtures;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Registration years: renewal date and submission deadline (DOMAIN.md §7)")
class RegistrationYearDatesTest {

    private final Register amb = AmbRegister.create();

    @DisplayName("renewal date = start + 1 year; deadline = exactly 2 months before the renewal date")
    @ParameterizedTest(name = "start {0} → renewal {1}, deadline {2}")
    @CsvSource({
            "2026-03-01, 2027-03-01, 2027-01-01",
            "2026-01-01, 2027-01-01, 2026-11-01",
            "2026-12-31, 2027-12-31, 2027-10-31",
            "2026-05-31, 2027-05-31, 2027-03-31",
            "2026-07-31, 2027-07-31, 2027-05-31",
            "2026-06-30, 2027-06-30, 2027-04-30",
            "2026-08-31, 2027-08-31, 2027-06-30",
            "2026-04-30, 2027-04-30, 2027-02-28",
            "2026-04-29, 2027-04-29, 2027-02-28",
            "2027-04-29, 2028-04-29, 2028-02-29",
            "2027-04-30, 2028-04-30, 2028-02-29",
            "2024-02-29, 2025-02-28, 2024-12-28",
            "2027-02-28, 2028-02-28, 2027-12-28"
    })
    void renewalDateAndDeadline(LocalDate start, LocalDate renewal, LocalDate deadline) {
        RegistrationYear year = Fixtures.admit(amb, Level.C, start).latestYear();

        assertThat(year.getStartDate()).isEqualTo(start);
        assertThat(year.getRenewalDate()).isEqualTo(renewal);
        assertThat(year.getSubmissionDeadline()).isEqualTo(deadline);
    }

    @DisplayName("the deadline is the same for every level (DOMAIN.md §12.2)")
    @ParameterizedTest(name = "level {0}")
    @EnumSource(Level.class)
    void sameDeadlineForEveryLevel(Level level) {
        RegistrationYear year = Fixtures.admit(amb, level, LocalDate.of(2026, 3, 1)).latestYear();

        assertThat(year.getLevel()).isEqualTo(level);
        assertThat(year.getSubmissionDeadline()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    @DisplayName("the deadline follows the register's number of months")
    void deadlineIsData() {
        amb.changeTerms(3, 12);

        RegistrationYear year = Fixtures.admit(amb, Level.C, LocalDate.of(2026, 3, 1)).latestYear();

        assertThat(year.getSubmissionDeadline()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @DisplayName("a year contains its start date and runs up to, not including, its renewal date")
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-02-28, false",
            "2026-03-01, true",
            "2026-03-02, true",
            "2026-12-31, true",
            "2027-02-28, true",
            "2027-03-01, false",
            "2027-03-02, false"
    })
    void contains(LocalDate day, boolean contained) {
        RegistrationYear year = Fixtures.admit(amb, Level.C, LocalDate.of(2026, 3, 1)).latestYear();

        assertThat(year.contains(day)).isEqualTo(contained);
    }

    @Test
    @DisplayName("a leap-day start renews on 28 February, and the next year runs from there")
    void leapDayStart() {
        var registration = Fixtures.admit(amb, Level.C, LocalDate.of(2024, 2, 29));
        RegistrationYear first = registration.latestYear();
        LocalDate today = LocalDate.of(2024, 12, 1);
        first.submit(Fixtures.completeLevelC(amb, first, today), today, Fixtures.at(today), Fixtures.REGISTRANT);
        first.approve(Fixtures.at(today), Fixtures.OFFICE);

        RegistrationYear second = registration.renew(first, Fixtures.at(today), Fixtures.OFFICE);

        assertThat(first.contains(LocalDate.of(2025, 2, 27))).isTrue();
        assertThat(first.contains(LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(second.getStartDate()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(second.getRenewalDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(second.getSubmissionDeadline()).isEqualTo(LocalDate.of(2025, 12, 28));
        assertThat(registration.getValidUntil()).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
