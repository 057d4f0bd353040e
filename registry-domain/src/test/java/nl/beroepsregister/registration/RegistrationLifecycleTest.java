package nl.beroepsregister.registration;

import static nl.beroepsregister.Fixtures.OFFICE;
import static nl.beroepsregister.Fixtures.REGISTRANT;
import static nl.beroepsregister.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.beroepsregister.Fixtures;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.renewal.DossierStatus;
import nl.beroepsregister.renewal.RegistrationYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A registration admitted on 1 March 2026: renewal date 1 March 2027, deadline 1 January 2027. */
@DisplayName("Registration lifecycle (DOMAIN.md §6)")
class RegistrationLifecycleTest {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate RENEWAL = LocalDate.of(2027, 3, 1);
    static final LocalDate MID_YEAR = LocalDate.of(2026, 9, 1);
    static final Instant LATER = Instant.parse("2026-09-01T12:34:56Z");

    final Register amb = AmbRegister.create();

    Registration admitC() {
        return Fixtures.admit(amb, Level.C, START);
    }

    @Nested
    @DisplayName("admission")
    class Admission {

        @Test
        @DisplayName("starts active with its first year and an ADMITTED entry from no status")
        void admitted() {
            Instant now = Instant.parse("2026-03-01T08:00:00Z");

            Registration registration = Registration.admit(Fixtures.registrant(), amb, Level.B, START, null,
                    START, now, OFFICE);

            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.ACTIVE);
            assertThat(registration.getLevel()).isEqualTo(Level.B);
            assertThat(registration.getStartDate()).isEqualTo(START);
            assertThat(registration.getValidUntil()).isEqualTo(RENEWAL);
            assertThat(registration.getYears()).singleElement().satisfies(year -> {
                assertThat(year.getStartDate()).isEqualTo(START);
                assertThat(year.getLevel()).isEqualTo(Level.B);
                assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.OPEN);
            });
            assertThat(registration.getHistory()).singleElement().satisfies(change -> {
                assertThat(change.getKind()).isEqualTo(ChangeKind.ADMITTED);
                assertThat(change.getFromStatus()).isNull();
                assertThat(change.getToStatus()).isEqualTo(RegistrationStatus.ACTIVE);
                assertThat(change.getLevel()).isEqualTo(Level.B);
                assertThat(change.getAt()).isEqualTo(now);
                assertThat(change.getBy()).isEqualTo(OFFICE);
                assertThat(change.getReason()).isNull();
            });
            assertThat(registration.title()).contains("R-AMB");
        }

        @Test
        @DisplayName("may be recorded afterwards, but may not start in the future")
        void startNotInFuture() {
            assertThat(Registration.admit(Fixtures.registrant(), amb, Level.C, START.minusYears(1), null, START,
                    at(START), OFFICE).getStatus()).isEqualTo(RegistrationStatus.ACTIVE);
            assertThatThrownBy(() -> Registration.admit(Fixtures.registrant(), amb, Level.C, START.plusDays(1),
                    null, START, at(START), OFFICE)).isInstanceOf(InvalidInputException.class);
        }

        @Test
        @DisplayName("is refused at a level the register does not offer")
        void levelNotOffered() {
            Register onlyC = new Register("PCM", "Park- en Citymanagers", "R-PCM", "Geregistreerd PCM", 2, 12);
            onlyC.addLevel(AmbRegister.create().getLevel(Level.C));

            assertThatThrownBy(() -> Fixtures.admit(onlyC, Level.B, START))
                    .isInstanceOf(RuleViolationException.class);
        }
    }

    @Nested
    @DisplayName("status transitions")
    class Transitions {

        @DisplayName("only ACTIVE has successors; LAPSED, WITHDRAWN and STRUCK_OFF are final")
        @ParameterizedTest(name = "{0}")
        @EnumSource(RegistrationStatus.class)
        void successors(RegistrationStatus status) {
            if (status == RegistrationStatus.ACTIVE) {
                assertThat(status.successors()).containsExactlyInAnyOrder(RegistrationStatus.values());
            } else {
                assertThat(status.successors()).isEmpty();
                for (RegistrationStatus target : RegistrationStatus.values()) {
                    assertThat(status.canBecome(target)).isFalse();
                }
            }
        }

        @Test
        @DisplayName("withdrawal by the registrant is recorded with who, when, from, to and why")
        void withdraw() {
            Registration registration = admitC();

            registration.withdraw("  Andere baan  ", LATER, REGISTRANT);

            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.WITHDRAWN);
            assertThat(registration.title()).isEmpty();
            assertThat(registration.getHistory())
                    .extracting(StatusChange::getKind, StatusChange::getFromStatus, StatusChange::getToStatus,
                            StatusChange::getLevel, StatusChange::getAt, StatusChange::getBy, StatusChange::getReason)
                    .containsExactly(
                            tuple(ChangeKind.ADMITTED, null, RegistrationStatus.ACTIVE, Level.C, at(START), OFFICE,
                                    null),
                            tuple(ChangeKind.WITHDRAWN, RegistrationStatus.ACTIVE, RegistrationStatus.WITHDRAWN,
                                    Level.C, LATER, REGISTRANT, "Andere baan"));
        }

        @Test
        @DisplayName("withdrawal without a reason is allowed")
        void withdrawWithoutReason() {
            Registration registration = admitC();

            registration.withdraw(null, LATER, REGISTRANT);

            assertThat(registration.getHistory().get(1).getReason()).isNull();
        }

        @Test
        @DisplayName("striking off by the office is recorded with its reason")
        void strikeOff() {
            Registration registration = admitC();

            registration.strikeOff("Misbruik van de titel", LATER, OFFICE);

            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.STRUCK_OFF);
            assertThat(registration.getHistory().get(1))
                    .extracting(StatusChange::getKind, StatusChange::getFromStatus, StatusChange::getToStatus,
                            StatusChange::getAt, StatusChange::getBy, StatusChange::getReason)
                    .containsExactly(ChangeKind.STRUCK_OFF, RegistrationStatus.ACTIVE, RegistrationStatus.STRUCK_OFF,
                            LATER, OFFICE, "Misbruik van de titel");
        }

        @DisplayName("striking off without a reason is refused as invalid input")
        @ParameterizedTest(name = "reason \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\n"})
        void strikeOffNeedsReason(String reason) {
            Registration registration = admitC();

            assertThatThrownBy(() -> registration.strikeOff(reason, LATER, OFFICE))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> registration.change(RegistrationStatus.STRUCK_OFF, reason, LATER, OFFICE))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.ACTIVE);
            assertThat(registration.getHistory()).hasSize(1);
        }

        @DisplayName("change(...) by a person may only withdraw or strike off")
        @ParameterizedTest(name = "change to {0}")
        @EnumSource(value = RegistrationStatus.class, names = {"WITHDRAWN", "STRUCK_OFF"})
        void changeToEnd(RegistrationStatus to) {
            Registration registration = admitC();

            registration.change(to, "Op verzoek", LATER, OFFICE);

            assertThat(registration.getStatus()).isEqualTo(to);
            assertThat(registration.getHistory().get(1).getToStatus()).isEqualTo(to);
            assertThat(registration.getHistory().get(1).getKind().name()).isEqualTo(to.name());
        }

        @DisplayName("change(...) to ACTIVE or LAPSED is refused")
        @ParameterizedTest(name = "change to {0}")
        @EnumSource(value = RegistrationStatus.class, names = {"ACTIVE", "LAPSED"})
        void changeToActiveOrLapsedRefused(RegistrationStatus to) {
            Registration registration = admitC();

            assertThatThrownBy(() -> registration.change(to, "reden", LATER, OFFICE))
                    .isInstanceOf(ConflictException.class);
            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.ACTIVE);
            assertThat(registration.getHistory()).hasSize(1);
        }

        static Stream<Arguments> endedAndAction() {
            List<Named<Consumer<Registration>>> ends = List.of(
                    Named.of("LAPSED", r -> r.lapse(RENEWAL.plusDays(1), at(RENEWAL.plusDays(1)))),
                    Named.of("WITHDRAWN", r -> r.withdraw("eigen verzoek", LATER, REGISTRANT)),
                    Named.of("STRUCK_OFF", r -> r.strikeOff("misbruik", LATER, OFFICE)));
            LocalDate later = RENEWAL.plusDays(2);
            List<Named<Consumer<Registration>>> actions = List.of(
                    Named.of("withdraw", r -> r.withdraw("nogmaals", at(later), REGISTRANT)),
                    Named.of("strike off", r -> r.strikeOff("nogmaals", at(later), OFFICE)),
                    Named.of("lapse", r -> r.lapse(later, at(later))),
                    Named.of("renew", r -> r.renew(r.latestYear(), at(later), OFFICE)),
                    Named.of("upgrade", r -> r.upgrade(Level.B, later, null, later, at(later), OFFICE)),
                    Named.of("change to WITHDRAWN", r -> r.change(RegistrationStatus.WITHDRAWN, "x", at(later),
                            OFFICE)),
                    Named.of("change to STRUCK_OFF", r -> r.change(RegistrationStatus.STRUCK_OFF, "x", at(later),
                            OFFICE)),
                    Named.of("change to ACTIVE", r -> r.change(RegistrationStatus.ACTIVE, "x", at(later), OFFICE)),
                    Named.of("change to LAPSED", r -> r.change(RegistrationStatus.LAPSED, "x", at(later), OFFICE)));
            return ends.stream().flatMap(end -> actions.stream().map(action -> Arguments.of(end, action)));
        }

        @DisplayName("nothing leads out of an ended registration")
        @ParameterizedTest(name = "{0} → {1}")
        @MethodSource("endedAndAction")
        void endedIsFinal(Consumer<Registration> end, Consumer<Registration> action) {
            Registration registration = admitC();
            end.accept(registration);
            RegistrationStatus ended = registration.getStatus();
            List<StatusChange> history = registration.getHistory();
            int years = registration.getYears().size();

            assertThatThrownBy(() -> action.accept(registration)).isInstanceOf(ConflictException.class);
            assertThat(registration.getStatus()).isEqualTo(ended);
            assertThat(registration.getLevel()).isEqualTo(Level.C);
            assertThat(registration.getHistory()).isEqualTo(history);
            assertThat(registration.getYears()).hasSize(years);
            assertThat(registration.isLapseDue(RENEWAL.plusYears(1))).isFalse();
        }
    }

    @Nested
    @DisplayName("lapse")
    class Lapse {

        private final Registration registration = admitC();
        private final RegistrationYear year = registration.latestYear();

        private void submitOn(LocalDate day) {
            Fixtures.completeLevelC(amb, year, START);
            year.submit(year.completeness(amb.getLevel(Level.C), List.of(), day), day, at(day), REGISTRANT);
        }

        @DisplayName("is due from the day after the renewal date without an approved renewal")
        @ParameterizedTest(name = "on {0}: due {1}")
        @CsvSource({"2027-02-28, false", "2027-03-01, false", "2027-03-02, true", "2028-01-01, true"})
        void dueAfterRenewalDate(LocalDate today, boolean due) {
            assertThat(registration.getValidUntil()).isEqualTo(RENEWAL);
            assertThat(registration.isLapseDue(today)).isEqualTo(due);
        }

        @Test
        @DisplayName("on the renewal date itself a lapse is refused")
        void notOnRenewalDate() {
            assertThatThrownBy(() -> registration.lapse(RENEWAL, at(RENEWAL))).isInstanceOf(ConflictException.class);
            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.ACTIVE);
        }

        @Test
        @DisplayName("is recorded as done by the system, without a reason")
        void recorded() {
            LocalDate dayAfter = RENEWAL.plusDays(1);

            registration.lapse(dayAfter, at(dayAfter));

            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.LAPSED);
            assertThat(registration.title()).isEmpty();
            assertThat(registration.getHistory().get(1))
                    .extracting(StatusChange::getKind, StatusChange::getFromStatus, StatusChange::getToStatus,
                            StatusChange::getLevel, StatusChange::getAt, StatusChange::getBy, StatusChange::getReason)
                    .containsExactly(ChangeKind.LAPSED, RegistrationStatus.ACTIVE, RegistrationStatus.LAPSED, Level.C,
                            at(dayAfter), StatusChange.SYSTEM, null);
        }

        @Test
        @DisplayName("a dossier submitted on time and still undecided protects from lapse")
        void onTimeSubmissionProtects() {
            submitOn(RENEWAL.minusMonths(2));

            assertThat(year.getLate()).isFalse();
            assertThat(registration.isLapseDue(RENEWAL.plusDays(1))).isFalse();
            assertThat(registration.isLapseDue(RENEWAL.plusMonths(6))).isFalse();
            assertThatThrownBy(() -> registration.lapse(RENEWAL.plusDays(1), at(RENEWAL.plusDays(1))))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        @DisplayName("a late submission does not protect from lapse")
        void lateSubmissionDoesNotProtect() {
            submitOn(RENEWAL.minusMonths(2).plusDays(1));

            assertThat(year.getLate()).isTrue();
            assertThat(registration.isLapseDue(RENEWAL)).isFalse();
            assertThat(registration.isLapseDue(RENEWAL.plusDays(1))).isTrue();
        }

        @Test
        @DisplayName("a refusal after the renewal date lapses it at once")
        void refusalAfterRenewalDate() {
            submitOn(START.plusMonths(6));
            LocalDate decided = RENEWAL.plusDays(20);

            year.refuse("Geen passende functie meer", at(decided), OFFICE);

            assertThat(registration.isLapseDue(decided)).isTrue();
            registration.lapse(decided, at(decided));
            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.LAPSED);
        }

        @Test
        @DisplayName("a returned dossier that was not resubmitted does not protect from lapse")
        void returnedDoesNotProtect() {
            submitOn(START.plusMonths(6));
            year.returnToRegistrant("Onvolledig", RENEWAL.minusDays(1), at(RENEWAL.minusDays(1)), OFFICE);

            assertThat(registration.isLapseDue(RENEWAL.plusDays(1))).isTrue();
        }

        @Test
        @DisplayName("an approved renewal moves the date from which the registration lapses")
        void renewalMovesLapse() {
            submitOn(START.plusMonths(6));
            year.approve(at(START.plusMonths(7)), OFFICE);
            registration.renew(year, at(START.plusMonths(7)), OFFICE);

            assertThat(registration.isLapseDue(RENEWAL.plusDays(1))).isFalse();
            assertThat(registration.isLapseDue(RENEWAL.plusYears(1))).isFalse();
            assertThat(registration.isLapseDue(RENEWAL.plusYears(1).plusDays(1))).isTrue();
        }
    }

    @Nested
    @DisplayName("renewal")
    class Renewal {

        @Test
        @DisplayName("opens the next year at the renewal date, at the current level, and moves validUntil")
        void renew() {
            Registration registration = admitC();
            RegistrationYear first = registration.latestYear();
            Fixtures.completeLevelC(amb, first, MID_YEAR);
            first.submit(first.completeness(amb.getLevel(Level.C), List.of(), MID_YEAR), MID_YEAR, LATER, REGISTRANT);
            first.approve(LATER, OFFICE);

            RegistrationYear next = registration.renew(first, LATER, OFFICE);

            assertThat(next.getStartDate()).isEqualTo(RENEWAL);
            assertThat(next.getRenewalDate()).isEqualTo(RENEWAL.plusYears(1));
            assertThat(next.getSubmissionDeadline()).isEqualTo(LocalDate.of(2028, 1, 1));
            assertThat(next.getLevel()).isEqualTo(Level.C);
            assertThat(next.getDossierStatus()).isEqualTo(DossierStatus.OPEN);
            assertThat(next.getPeActivities()).as("points do not carry over").isEmpty();
            assertThat(registration.getValidUntil()).isEqualTo(RENEWAL.plusYears(1));
            assertThat(registration.getYears()).containsExactly(first, next);
            assertThat(registration.latestYear()).isSameAs(next);
            assertThat(registration.currentYear(MID_YEAR)).isSameAs(first);
            assertThat(registration.currentYear(RENEWAL)).isSameAs(next);
            assertThat(registration.nextYear(MID_YEAR)).containsSame(next);
            assertThat(registration.getHistory().get(1))
                    .extracting(StatusChange::getKind, StatusChange::getFromStatus, StatusChange::getToStatus,
                            StatusChange::getLevel, StatusChange::getAt, StatusChange::getBy)
                    .containsExactly(ChangeKind.RENEWED, RegistrationStatus.ACTIVE, RegistrationStatus.ACTIVE,
                            Level.C, LATER, OFFICE);
        }

        @Test
        @DisplayName("only the latest year can be renewed")
        void onlyLatest() {
            Registration registration = admitC();
            RegistrationYear first = registration.latestYear();
            Fixtures.renewApproved(amb, registration, MID_YEAR);

            assertThatThrownBy(() -> registration.renew(first, LATER, OFFICE)).isInstanceOf(ConflictException.class);
            assertThat(registration.getYears()).hasSize(2);
        }
    }

    @Nested
    @DisplayName("upgrade")
    class Upgrade {

        @Test
        @DisplayName("C → B mid-year: the level and title change at once, the year in progress stays C")
        void midYear() {
            Registration registration = admitC();

            registration.upgrade(Level.B, MID_YEAR, null, MID_YEAR, LATER, OFFICE);

            assertThat(registration.getLevel()).isEqualTo(Level.B);
            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.ACTIVE);
            assertThat(registration.latestYear().getLevel()).isEqualTo(Level.C);
            assertThat(registration.getValidUntil()).isEqualTo(RENEWAL);
            assertThat(registration.getHistory().get(1))
                    .extracting(StatusChange::getKind, StatusChange::getFromStatus, StatusChange::getToStatus,
                            StatusChange::getLevel, StatusChange::getAt, StatusChange::getBy)
                    .containsExactly(ChangeKind.UPGRADED, RegistrationStatus.ACTIVE, RegistrationStatus.ACTIVE,
                            Level.B, LATER, OFFICE);

            RegistrationYear next = Fixtures.renewApproved(amb, registration, MID_YEAR);

            assertThat(next.getLevel()).isEqualTo(Level.B);
        }

        @Test
        @DisplayName("B → A is the next step up")
        void bToA() {
            Registration registration = Fixtures.admit(amb, Level.B, START);

            registration.upgrade(Level.A, MID_YEAR, null, MID_YEAR, LATER, OFFICE);

            assertThat(registration.getLevel()).isEqualTo(Level.A);
            assertThat(registration.latestYear().getLevel()).isEqualTo(Level.B);
        }

        @DisplayName("the upgrade date lies in the current year and not after today")
        @ParameterizedTest(name = "upgrade on {0}, today {1}: allowed {2}")
        @CsvSource({
                "2026-02-28, 2026-09-01, false",
                "2026-03-01, 2026-09-01, true",
                "2026-09-01, 2026-09-01, true",
                "2026-09-02, 2026-09-01, false",
                "2027-02-28, 2027-02-28, true"
        })
        void upgradeDate(LocalDate on, LocalDate today, boolean allowed) {
            Registration registration = admitC();

            if (allowed) {
                registration.upgrade(Level.B, on, null, today, LATER, OFFICE);
                assertThat(registration.getLevel()).isEqualTo(Level.B);
            } else {
                assertThatThrownBy(() -> registration.upgrade(Level.B, on, null, today, LATER, OFFICE))
                        .isInstanceOf(InvalidInputException.class);
                assertThat(registration.getLevel()).isEqualTo(Level.C);
                assertThat(registration.getHistory()).hasSize(1);
            }
        }

        @Test
        @DisplayName("an upgrade date in the previous year is refused once the next year has started")
        void dateInPreviousYear() {
            Registration registration = admitC();
            Fixtures.renewApproved(amb, registration, MID_YEAR);
            LocalDate today = RENEWAL.plusDays(10);

            assertThatThrownBy(() -> registration.upgrade(Level.B, RENEWAL.minusDays(1), null, today, LATER,
                    OFFICE)).isInstanceOf(InvalidInputException.class);
            registration.upgrade(Level.B, RENEWAL, null, today, LATER, OFFICE);
            assertThat(registration.getLevel()).isEqualTo(Level.B);
            assertThat(registration.latestYear().getLevel()).as("started the day of the upgrade").isEqualTo(Level.C);
        }

        @DisplayName("only one level up is allowed")
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"C, A", "C, C", "B, B", "B, C", "A, A", "A, B", "A, C"})
        void oneStepUp(Level from, Level to) {
            Registration registration = Fixtures.admit(amb, from, START);

            assertThatThrownBy(() -> registration.upgrade(to, MID_YEAR, null, MID_YEAR, LATER, OFFICE))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(registration.getLevel()).isEqualTo(from);
            assertThat(registration.getHistory()).hasSize(1);
        }
    }

    @Test
    @DisplayName("the history keeps every change in order and cannot be changed from outside")
    void historyInOrder() {
        Registration registration = admitC();
        registration.upgrade(Level.B, MID_YEAR, null, MID_YEAR, at(MID_YEAR), OFFICE);
        Fixtures.renewApproved(amb, registration, MID_YEAR.plusDays(1));
        registration.withdraw(null, at(MID_YEAR.plusDays(2)), REGISTRANT);

        assertThat(registration.getHistory()).extracting(StatusChange::getKind)
                .containsExactly(ChangeKind.ADMITTED, ChangeKind.UPGRADED, ChangeKind.RENEWED, ChangeKind.WITHDRAWN);
        assertThat(registration.getHistory()).extracting(StatusChange::getLevel)
                .containsExactly(Level.C, Level.B, Level.B, Level.B);
        assertThatThrownBy(() -> registration.getHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
