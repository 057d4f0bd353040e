package nl.beroepsregister.registration;

import static nl.beroepsregister.Fixtures.OFFICE;
import static nl.beroepsregister.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.Fixtures;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.renewal.Completeness;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.Requirement;
import nl.beroepsregister.renewal.RequirementCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The course exemption (DOMAIN.md §7, §12.5): a course passed in the 12 months before the first B year starts (exactly
 * 12 months counts) exempts that first B year from PE points.
 */
@DisplayName("Course exemption from PE points")
class CourseExemptionTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private final Register amb = AmbRegister.create();

    @DisplayName("admitted at B: the first year is exempt when the course was passed within 12 months before it")
    @ParameterizedTest(name = "course passed {0}: exempt {1}")
    @CsvSource({
            "2025-02-28, false",
            "2025-03-01, true",
            "2025-03-02, true",
            "2025-09-01, true",
            "2026-02-28, true",
            "2026-03-01, true"
    })
    void admittedAtB(LocalDate courseCompletedOn, boolean exempt) {
        Registration registration = Fixtures.admit(amb, Level.B, START, courseCompletedOn);

        assertThat(registration.latestYear().isPeExempt()).isEqualTo(exempt);
        assertThat(registration.getCourseCompletedOn()).isEqualTo(courseCompletedOn);
    }

    @Test
    @DisplayName("admitted at B without a course: not exempt")
    void noCourse() {
        assertThat(Fixtures.admit(amb, Level.B, START).latestYear().isPeExempt()).isFalse();
    }

    @DisplayName("the course exempts only at the level it opens (B), never C or A")
    @ParameterizedTest(name = "level {0}")
    @CsvSource({"C", "A"})
    void onlyTheCourseLevel(Level level) {
        Registration registration = Fixtures.admit(amb, level, START, START.minusMonths(1));

        assertThat(registration.latestYear().isPeExempt()).isFalse();
    }

    @Test
    @DisplayName("an exempt year still asks every other B requirement, and shows PE points as met by exemption")
    void exemptYearStillAsksTheRest() {
        Registration registration = Fixtures.admit(amb, Level.B, START, START.minusMonths(1));
        RegistrationYear year = registration.latestYear();

        Completeness completeness = year.completeness(amb.getLevel(Level.B),
                AmbRegister.questions(amb, Level.B), START);

        assertThat(completeness.checks()).filteredOn(c -> c.requirement() == Requirement.PE_POINTS)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.met()).isTrue();
                    assertThat(c.message().key()).isEqualTo("requirement.PE_POINTS.exempt");
                });
        assertThat(completeness.missing()).containsExactly(Requirement.DECLARATION, Requirement.QUESTIONNAIRE,
                Requirement.PORTFOLIO_APPROVED, Requirement.PRACTICE_REPORT, Requirement.PEER_REVIEW);
        assertThat(completeness.pe().required()).isEqualTo(12);
    }

    @Test
    @DisplayName("the second B year is never exempt")
    void secondYearNeverExempt() {
        Registration registration = Fixtures.admit(amb, Level.B, START, START);
        RegistrationYear first = registration.latestYear();

        RegistrationYear second = Fixtures.renewApproved(amb, registration, START.plusMonths(6));

        assertThat(first.isPeExempt()).isTrue();
        assertThat(second.getLevel()).isEqualTo(Level.B);
        assertThat(second.isPeExempt()).isFalse();
    }

    /**
     * Admitted at C on 1 March 2026, upgraded to B on 1 September 2026: the first B year starts on 1 March 2027, so the
     * course must be passed on or after 1 March 2026.
     */
    @DisplayName("upgraded C → B: the first B year is exempt only when the course was within 12 months before THAT year")
    @ParameterizedTest(name = "course passed {0}: first B year exempt {1}")
    @CsvSource({
            "2026-02-28, false",
            "2026-03-01, true",
            "2026-08-31, true",
            "2026-09-01, true"
    })
    void upgradedFromC(LocalDate courseCompletedOn, boolean exempt) {
        Registration registration = Fixtures.admit(amb, Level.C, START);
        LocalDate upgradeDay = LocalDate.of(2026, 9, 1);
        registration.upgrade(Level.B, upgradeDay, courseCompletedOn, upgradeDay, at(upgradeDay), OFFICE);
        RegistrationYear cYear = registration.latestYear();

        RegistrationYear firstB = Fixtures.renewApproved(amb, registration, upgradeDay);
        RegistrationYear secondB = Fixtures.renewApproved(amb, registration, firstB.getStartDate().plusMonths(6));

        assertThat(cYear.getLevel()).isEqualTo(Level.C);
        assertThat(cYear.isPeExempt()).isFalse();
        assertThat(firstB.getStartDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(firstB.getLevel()).isEqualTo(Level.B);
        assertThat(firstB.isPeExempt()).isEqualTo(exempt);
        assertThat(secondB.isPeExempt()).isFalse();
    }

    @Test
    @DisplayName("a course passed while at C long before the upgrade no longer exempts the first B year")
    void oldCourseAtAdmission() {
        Registration registration = Fixtures.admit(amb, Level.C, START, LocalDate.of(2025, 6, 1));
        LocalDate upgradeDay = LocalDate.of(2026, 9, 1);
        registration.upgrade(Level.B, upgradeDay, null, upgradeDay, at(upgradeDay), OFFICE);

        RegistrationYear firstB = Fixtures.renewApproved(amb, registration, upgradeDay);

        assertThat(registration.getCourseCompletedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(firstB.isPeExempt()).isFalse();
    }

    @Test
    @DisplayName("a B year already opened by an early renewal adopts B and its exemption when the upgrade comes")
    void upgradeAfterEarlyRenewal() {
        Registration registration = Fixtures.admit(amb, Level.C, START);
        LocalDate renewedOn = LocalDate.of(2027, 1, 15);
        RegistrationYear next = Fixtures.renewApproved(amb, registration, renewedOn);
        LocalDate upgradeDay = LocalDate.of(2027, 2, 1);

        registration.upgrade(Level.B, upgradeDay, LocalDate.of(2027, 1, 20), upgradeDay, at(upgradeDay), OFFICE);

        assertThat(registration.getYears().get(0).getLevel()).isEqualTo(Level.C);
        assertThat(next.getLevel()).isEqualTo(Level.B);
        assertThat(next.isPeExempt()).isTrue();
        List<RequirementCheck> checks = next.completeness(amb.getLevel(next.getLevel()),
                AmbRegister.questions(amb, Level.B), upgradeDay).checks();
        assertThat(checks).extracting(RequirementCheck::requirement).contains(Requirement.PORTFOLIO_APPROVED);
    }
}
