package nl.beroepsregister.renewal;

import static nl.beroepsregister.Fixtures.OFFICE;
import static nl.beroepsregister.Fixtures.REGISTRANT;
import static nl.beroepsregister.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A year from 1 March 2026: deadline 1 January 2027, renewal date 1 March 2027. */
@DisplayName("Submitting and deciding a renewal dossier (DOMAIN.md §7)")
class DossierSubmissionTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2027, 1, 1);
    private static final LocalDate RENEWAL = LocalDate.of(2027, 3, 1);
    private static final LocalDate EARLY = LocalDate.of(2026, 10, 1);

    private final Register amb = AmbRegister.create();
    private final RegistrationYear year = Fixtures.admit(amb, Level.C, START).latestYear();

    private Completeness complete() {
        return Fixtures.completeLevelC(amb, year, EARLY);
    }

    private void submitOn(LocalDate day) {
        year.submit(year.completeness(amb.getLevel(Level.C), List.of(), day), day, at(day), REGISTRANT);
    }

    @Test
    @DisplayName("the example year's deadline and renewal date")
    void exampleYear() {
        assertThat(year.getSubmissionDeadline()).isEqualTo(DEADLINE);
        assertThat(year.getRenewalDate()).isEqualTo(RENEWAL);
        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.OPEN);
        assertThat(year.getLate()).isNull();
    }

    @DisplayName("a submission up to and on the deadline is on time; from the day after it is late")
    @ParameterizedTest(name = "submitted {0}: late {1}")
    @CsvSource({
            "2026-10-01, false",
            "2026-12-31, false",
            "2027-01-01, false",
            "2027-01-02, true",
            "2027-02-01, true",
            "2027-02-28, true"
    })
    void onTimeOrLate(LocalDate day, boolean late) {
        complete();

        submitOn(day);

        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(year.getLate()).isEqualTo(late);
        assertThat(year.getSubmittedAt()).isEqualTo(at(day));
        assertThat(year.getSubmittedBy()).isEqualTo(REGISTRANT);
    }

    @DisplayName("a submission on or after the renewal date is refused")
    @ParameterizedTest(name = "submitted {0}")
    @ValueSource(strings = {"2027-03-01", "2027-03-02", "2028-01-01"})
    void afterTheYearIsRefused(LocalDate day) {
        complete();

        assertThatThrownBy(() -> submitOn(day))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).message().key())
                .isEqualTo("rule.submission.yearEnded");
        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.OPEN);
    }

    @Test
    @DisplayName("an incomplete dossier is refused with the codes of the missing requirements")
    void incompleteIsRefused() {
        assertThatThrownBy(() -> submitOn(EARLY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("rule.submission.incomplete");
                    assertThat(e.missing()).containsExactly("DECLARATION", "PE_POINTS");
                });
        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.OPEN);
        assertThat(year.getLate()).isNull();
    }

    @Test
    @DisplayName("an activity without evidence makes the dossier incomplete")
    void missingEvidenceIsRefused() {
        year.sign("Gemeente Utrecht", "Klantmanager", true, at(EARLY), REGISTRANT);
        year.addPeActivity(START, "Training", "VNG", 8, PeCategory.TRAINING, EARLY, at(EARLY), REGISTRANT);

        assertThatThrownBy(() -> submitOn(EARLY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.missing()).containsExactly("PE_EVIDENCE"));
    }

    @Test
    @DisplayName("a resubmission after the return of an on-time submission stays on time, even after the deadline")
    void resubmissionOfOnTimeStaysOnTime() {
        complete();
        submitOn(LocalDate.of(2026, 12, 15));
        year.returnToRegistrant("Bewijs van de training is onleesbaar", LocalDate.of(2026, 12, 20),
                at(LocalDate.of(2026, 12, 20)), OFFICE);

        submitOn(LocalDate.of(2027, 2, 15));

        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(year.getLate()).isFalse();
        assertThat(year.protectsFromLapse()).isTrue();
    }

    @Test
    @DisplayName("a resubmission after the return of a late submission is late")
    void resubmissionOfLateStaysLate() {
        complete();
        submitOn(LocalDate.of(2027, 1, 10));
        year.returnToRegistrant("Onvolledig", LocalDate.of(2027, 1, 11), at(LocalDate.of(2027, 1, 11)), OFFICE);

        submitOn(LocalDate.of(2027, 1, 12));

        assertThat(year.getLate()).isTrue();
        assertThat(year.protectsFromLapse()).isFalse();
    }

    @Test
    @DisplayName("a returned dossier is open for changes again")
    void returnedIsEditable() {
        complete();
        submitOn(EARLY);
        year.returnToRegistrant("  Vul de werkgever aan  ", EARLY, at(EARLY), OFFICE);

        year.sign("Gemeente Utrecht", "Relatiemanager", true, at(EARLY), REGISTRANT);

        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(year.getDecisionReason()).isEqualTo("Vul de werkgever aan");
        assertThat(year.getDecidedBy()).isEqualTo(OFFICE);
        assertThat(year.getDecidedAt()).isEqualTo(at(EARLY));
        assertThat(year.declaration()).hasValueSatisfying(d -> assertThat(d.getJobTitle()).isEqualTo("Relatiemanager"));
    }

    @DisplayName("a dossier can be returned up to the day before the renewal date, not on or after it")
    @ParameterizedTest(name = "returned {0}: allowed {1}")
    @CsvSource({"2027-02-28, true", "2027-03-01, false", "2027-03-15, false"})
    void returnOnlyBeforeRenewalDate(LocalDate day, boolean allowed) {
        complete();
        submitOn(DEADLINE);

        if (allowed) {
            year.returnToRegistrant("Onvolledig", day, at(day), OFFICE);
            assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.RETURNED);
        } else {
            assertThatThrownBy(() -> year.returnToRegistrant("Onvolledig", day, at(day), OFFICE))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.SUBMITTED);
        }
    }

    @Test
    @DisplayName("approval and refusal record who decided, when and why")
    void decisionsAreRecorded() {
        complete();
        submitOn(EARLY);

        year.refuse(" Niet meer in functie ", at(DEADLINE), OFFICE);

        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.REFUSED);
        assertThat(year.getDecisionReason()).isEqualTo("Niet meer in functie");
        assertThat(year.getDecidedAt()).isEqualTo(at(DEADLINE));
        assertThat(year.getDecidedBy()).isEqualTo(OFFICE);
    }

    @Test
    @DisplayName("an approval needs no reason")
    void approval() {
        complete();
        submitOn(EARLY);

        year.approve(at(DEADLINE), OFFICE);

        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.APPROVED);
        assertThat(year.getDecisionReason()).isNull();
        assertThat(year.protectsFromLapse()).isFalse();
    }

    @DisplayName("returning or refusing needs a reason")
    @ParameterizedTest(name = "reason \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void reasonRequired(String reason) {
        complete();
        submitOn(EARLY);

        assertThatThrownBy(() -> year.returnToRegistrant(reason, EARLY, at(EARLY), OFFICE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> year.refuse(reason, at(EARLY), OFFICE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.SUBMITTED);
    }

    static Stream<Arguments> notSubmitted() {
        return Stream.of(
                Arguments.of(Named.of("open", (Consumer<DossierSubmissionTest>) t -> t.complete())),
                Arguments.of(Named.of("returned", (Consumer<DossierSubmissionTest>) t -> {
                    t.complete();
                    t.submitOn(EARLY);
                    t.year.returnToRegistrant("Onvolledig", EARLY, at(EARLY), OFFICE);
                })),
                Arguments.of(Named.of("approved", (Consumer<DossierSubmissionTest>) t -> {
                    t.complete();
                    t.submitOn(EARLY);
                    t.year.approve(at(EARLY), OFFICE);
                })),
                Arguments.of(Named.of("refused", (Consumer<DossierSubmissionTest>) t -> {
                    t.complete();
                    t.submitOn(EARLY);
                    t.year.refuse("Onvoldoende", at(EARLY), OFFICE);
                })));
    }

    @DisplayName("approve, return and refuse only a submitted dossier")
    @ParameterizedTest(name = "dossier {0}")
    @MethodSource("notSubmitted")
    void decideOnlyWhenSubmitted(Consumer<DossierSubmissionTest> state) {
        state.accept(this);
        DossierStatus before = year.getDossierStatus();

        assertThatThrownBy(() -> year.approve(at(EARLY), OFFICE)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> year.returnToRegistrant("Onvolledig", EARLY, at(EARLY), OFFICE))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> year.refuse("Onvolledig", at(EARLY), OFFICE)).isInstanceOf(ConflictException.class);
        assertThat(year.getDossierStatus()).isEqualTo(before);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of(Named.of("sign the declaration", (Consumer<RegistrationYear>) y ->
                        y.sign("Gemeente Utrecht", "Klantmanager", true, at(EARLY), REGISTRANT))),
                Arguments.of(Named.of("add a PE activity", (Consumer<RegistrationYear>) y ->
                        y.addPeActivity(START, "Training", "VNG", 2, PeCategory.TRAINING, EARLY, at(EARLY),
                                REGISTRANT))),
                Arguments.of(Named.of("change a PE activity", (Consumer<RegistrationYear>) y ->
                        y.changePeActivity(y.getPeActivities().get(0), START, "Training", "VNG", 9,
                                PeCategory.TRAINING, EARLY))),
                Arguments.of(Named.of("remove a PE activity", (Consumer<RegistrationYear>) y ->
                        y.removePeActivity(y.getPeActivities().get(0)))),
                Arguments.of(Named.of("attach evidence", (Consumer<RegistrationYear>) y ->
                        y.attachEvidence(y.getPeActivities().get(0), Fixtures.evidence(), Fixtures.DOSSIER_LIMITS))),
                Arguments.of(Named.of("submit again", (Consumer<RegistrationYear>) y ->
                        y.submit(new Completeness(List.of(), null), EARLY, at(EARLY), REGISTRANT))));
    }

    @DisplayName("a submitted dossier cannot be edited")
    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void submittedIsReadOnly(Consumer<RegistrationYear> edit) {
        complete();
        submitOn(EARLY);

        assertThatThrownBy(() -> edit.accept(year))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("problem.conflict.dossierSubmitted"));
        assertThat(year.getPeActivities()).singleElement()
                .satisfies(activity -> assertThat(activity.getPoints()).isEqualTo(8));
    }

    @DisplayName("a decided dossier cannot be edited")
    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void decidedIsReadOnly(Consumer<RegistrationYear> edit) {
        complete();
        submitOn(EARLY);
        year.approve(at(EARLY), OFFICE);

        assertThatThrownBy(() -> edit.accept(year))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("problem.conflict.dossierDecided"));
    }
}
