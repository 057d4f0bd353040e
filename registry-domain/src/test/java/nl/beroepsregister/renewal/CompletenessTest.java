package nl.beroepsregister.renewal;

import static nl.beroepsregister.Fixtures.OFFICE;
import static nl.beroepsregister.Fixtures.REGISTRANT;
import static nl.beroepsregister.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.Fixtures;
import nl.beroepsregister.meeting.PeerReviewMeeting;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.portfolio.PortfolioStatus;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.QuestionnaireQuestion;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.RegisterLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Years from 1 March 2026 to 1 March 2027; "today" is 1 June 2026 and the meeting is on 15 November 2026. */
@DisplayName("Completeness of a renewal dossier (DOMAIN.md §7)")
class CompletenessTest {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 15);

    final Register amb = AmbRegister.create();

    RegistrationYear yearAt(Level level) {
        return Fixtures.admit(amb, level, START).latestYear();
    }

    Completeness completeness(RegistrationYear year, LocalDate today) {
        return year.completeness(amb.getLevel(year.getLevel()), AmbRegister.questions(amb, year.getLevel()), today);
    }

    RequirementCheck check(RegistrationYear year, Requirement requirement, LocalDate today) {
        return completeness(year, today).checks().stream()
                .filter(c -> c.requirement() == requirement)
                .findFirst()
                .orElseThrow();
    }

    static Map<String, String> allAnswers() {
        Map<String, String> answers = new HashMap<>();
        AmbRegister.DEFAULT_QUESTION_CODES.forEach(code -> answers.put(code, "Antwoord op " + code));
        return answers;
    }

    @Test
    @DisplayName("C asks exactly the declaration, PE points and PE evidence")
    void levelCRequirements() {
        assertThat(completeness(yearAt(Level.C), TODAY).checks()).extracting(RequirementCheck::requirement)
                .containsExactly(Requirement.DECLARATION, Requirement.PE_POINTS, Requirement.PE_EVIDENCE);
    }

    @DisplayName("B and A add questionnaire, portfolio, practice report and peer review")
    @ParameterizedTest(name = "level {0}")
    @EnumSource(value = Level.class, names = {"B", "A"})
    void levelBAndARequirements(Level level) {
        Completeness completeness = completeness(yearAt(level), TODAY);

        assertThat(completeness.checks()).extracting(RequirementCheck::requirement)
                .containsExactly(Requirement.DECLARATION, Requirement.QUESTIONNAIRE, Requirement.PE_POINTS,
                        Requirement.PE_EVIDENCE, Requirement.PORTFOLIO_APPROVED, Requirement.PRACTICE_REPORT,
                        Requirement.PEER_REVIEW);
        assertThat(completeness.complete()).isFalse();
        assertThat(completeness.missing()).doesNotContain(Requirement.PE_EVIDENCE);
    }

    @Test
    @DisplayName("the requirements follow the level of the year, not the registration's level after an upgrade")
    void yearKeepsItsLevel() {
        var registration = Fixtures.admit(amb, Level.C, START);
        registration.upgrade(Level.B, TODAY, null, TODAY, at(TODAY), OFFICE);
        RegistrationYear year = registration.latestYear();

        assertThat(completeness(year, TODAY).checks()).hasSize(3);
    }

    @Nested
    @DisplayName("declaration")
    class DeclarationCheck {

        @Test
        @DisplayName("missing until signed")
        void missing() {
            RequirementCheck check = check(yearAt(Level.C), Requirement.DECLARATION, TODAY);

            assertThat(check.met()).isFalse();
            assertThat(check.message().key()).isEqualTo("requirement.DECLARATION.missing");
        }

        @Test
        @DisplayName("met when signed as still in function")
        void met() {
            RegistrationYear year = yearAt(Level.C);

            year.sign(" Gemeente Utrecht ", " Klantmanager ", true, at(TODAY), REGISTRANT);

            RequirementCheck check = check(year, Requirement.DECLARATION, TODAY);
            assertThat(check.met()).isTrue();
            assertThat(check.message().args()).containsExactly("Gemeente Utrecht", "Klantmanager");
            assertThat(year.declaration()).hasValueSatisfying(d -> {
                assertThat(d.getSignedAt()).isEqualTo(at(TODAY));
                assertThat(d.getSignedBy()).isEqualTo(REGISTRANT);
                assertThat(d.isStillInFunction()).isTrue();
            });
        }

        @Test
        @DisplayName("not met when the registrant declares no longer to be in function")
        void notInFunction() {
            RegistrationYear year = yearAt(Level.C);

            year.sign("Gemeente Utrecht", "Beleidsmedewerker", false, at(TODAY), REGISTRANT);

            RequirementCheck check = check(year, Requirement.DECLARATION, TODAY);
            assertThat(check.met()).isFalse();
            assertThat(check.message().key()).isEqualTo("requirement.DECLARATION.notInFunction");
        }
    }

    @Nested
    @DisplayName("PE points and evidence")
    class PePoints {

        @Test
        @DisplayName("evidence is met when there are no activities; points then decide")
        void noActivities() {
            Completeness completeness = completeness(yearAt(Level.C), TODAY);

            assertThat(completeness.checks()).filteredOn(c -> c.requirement() == Requirement.PE_EVIDENCE)
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.met()).isTrue();
                        assertThat(c.message().key()).isEqualTo("requirement.PE_EVIDENCE.noActivities");
                    });
            assertThat(completeness.missing()).contains(Requirement.PE_POINTS);
        }

        @Test
        @DisplayName("evidence is not met while any activity lacks it")
        void oneWithoutEvidence() {
            RegistrationYear year = yearAt(Level.C);
            PeActivity first = year.addPeActivity(START, "Training", "VNG", 4, PeCategory.TRAINING, TODAY,
                    at(TODAY), REGISTRANT);
            year.addPeActivity(START, "Netwerk", "OFB", 4, PeCategory.NETWORK, TODAY, at(TODAY), REGISTRANT);
            year.attachEvidence(first, Fixtures.evidence(), Fixtures.DOSSIER_LIMITS);

            RequirementCheck check = check(year, Requirement.PE_EVIDENCE, TODAY);

            assertThat(check.met()).isFalse();
            assertThat(check.message().key()).isEqualTo("requirement.PE_EVIDENCE.missing");
            assertThat(check.message().args()).containsExactly(1);
            assertThat(check(year, Requirement.PE_POINTS, TODAY).met()).isTrue();
        }

        @Test
        @DisplayName("evidence is met once every activity has it")
        void allWithEvidence() {
            RegistrationYear year = yearAt(Level.C);
            PeActivity activity = year.addPeActivity(START, "Training", "VNG", 8, PeCategory.TRAINING, TODAY,
                    at(TODAY), REGISTRANT);

            year.attachEvidence(activity, Fixtures.evidence(), Fixtures.DOSSIER_LIMITS);

            assertThat(check(year, Requirement.PE_EVIDENCE, TODAY).met()).isTrue();
            assertThat(completeness(year, TODAY).missing()).containsExactly(Requirement.DECLARATION);
        }

        @DisplayName("the points check says what is short, in the registrant's words")
        @ParameterizedTest(name = "A: training {0}, network {1} → {2}")
        @CsvSource({
                "14, 6,  met",
                "10, 11, met",
                "15, 5,  networkShort",
                "13, 6,  missing",
                "9,  11, missing",
                "10, 5,  missingBoth",
                "0,  0,  missingBoth"
        })
        void pointsMessages(int training, int network, String state) {
            RegistrationYear year = yearAt(Level.A);
            if (training > 0) {
                year.addPeActivity(START, "Training", "VNG", training, PeCategory.TRAINING, TODAY, at(TODAY),
                        REGISTRANT);
            }
            if (network > 0) {
                year.addPeActivity(START, "Netwerk", "OFB", network, PeCategory.NETWORK, TODAY, at(TODAY),
                        REGISTRANT);
            }

            RequirementCheck check = check(year, Requirement.PE_POINTS, TODAY);

            assertThat(check.met()).isEqualTo(state.equals("met"));
            assertThat(check.message().key()).isEqualTo("requirement.PE_POINTS." + state);
        }

        @DisplayName("points from 1 to 40 are accepted")
        @ParameterizedTest(name = "{0} points")
        @ValueSource(ints = {1, 2, 39, 40})
        void pointsInRange(int points) {
            RegistrationYear year = yearAt(Level.C);

            PeActivity activity = year.addPeActivity(START, " Training ", " VNG ", points, PeCategory.TRAINING,
                    TODAY, at(TODAY), REGISTRANT);

            assertThat(activity.getPoints()).isEqualTo(points);
            assertThat(activity.getTitle()).isEqualTo("Training");
            assertThat(activity.getProvider()).isEqualTo("VNG");
            assertThat(year.getPeActivities()).containsExactly(activity);
        }

        @DisplayName("points outside 1 to 40 are refused")
        @ParameterizedTest(name = "{0} points")
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 41, 100})
        void pointsOutOfRange(int points) {
            RegistrationYear year = yearAt(Level.C);

            assertThatThrownBy(() -> year.addPeActivity(START, "Training", "VNG", points, PeCategory.TRAINING, TODAY,
                    at(TODAY), REGISTRANT))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.violations()).singleElement()
                                    .satisfies(v -> assertThat(v.field()).isEqualTo("points")));
            assertThat(year.getPeActivities()).isEmpty();
        }

        @DisplayName("the date lies inside the year and not after today")
        @ParameterizedTest(name = "activity on {0}, today {1}: accepted {2}")
        @CsvSource({
                "2026-02-28, 2026-06-01, false",
                "2026-03-01, 2026-06-01, true",
                "2026-06-01, 2026-06-01, true",
                "2026-06-02, 2026-06-01, false",
                "2027-02-28, 2027-02-28, true",
                "2027-03-01, 2027-03-01, false",
                "2027-03-01, 2027-06-01, false"
        })
        void activityDate(LocalDate date, LocalDate today, boolean accepted) {
            RegistrationYear year = yearAt(Level.C);

            if (accepted) {
                assertThat(year.addPeActivity(date, "Training", "VNG", 8, PeCategory.TRAINING, today, at(today),
                        REGISTRANT).getDate()).isEqualTo(date);
            } else {
                assertThatThrownBy(() -> year.addPeActivity(date, "Training", "VNG", 8, PeCategory.TRAINING, today,
                        at(today), REGISTRANT))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.violations()).singleElement()
                                        .satisfies(v -> assertThat(v.field()).isEqualTo("date")));
            }
        }

        @Test
        @DisplayName("a change of an activity is checked like a new one")
        void changeIsChecked() {
            RegistrationYear year = yearAt(Level.C);
            PeActivity activity = year.addPeActivity(START, "Training", "VNG", 8, PeCategory.TRAINING, TODAY,
                    at(TODAY), REGISTRANT);

            assertThatThrownBy(() -> year.changePeActivity(activity, START, "Training", "VNG", 41,
                    PeCategory.TRAINING, TODAY)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> year.changePeActivity(activity, TODAY.plusDays(1), "Training", "VNG", 8,
                    PeCategory.TRAINING, TODAY)).isInstanceOf(InvalidInputException.class);
            year.changePeActivity(activity, TODAY, "Netwerkdag", "OFB", 40, PeCategory.NETWORK, TODAY);

            assertThat(activity.getPoints()).isEqualTo(40);
            assertThat(activity.getCategory()).isEqualTo(PeCategory.NETWORK);
            assertThat(activity.getDate()).isEqualTo(TODAY);
        }

        @Test
        @DisplayName("a removed activity no longer counts")
        void remove() {
            RegistrationYear year = yearAt(Level.C);
            PeActivity activity = year.addPeActivity(START, "Training", "VNG", 8, PeCategory.TRAINING, TODAY,
                    at(TODAY), REGISTRANT);

            year.removePeActivity(activity);

            assertThat(year.peTally(amb.getLevel(Level.C)).counted()).isZero();
        }
    }

    @Nested
    @DisplayName("questionnaire")
    class Questionnaire {

        private final RegistrationYear year = yearAt(Level.B);
        private final RegisterLevel rules = amb.getLevel(Level.B);
        private final List<QuestionnaireQuestion> questions = AmbRegister.questions(amb, Level.B);

        @Test
        @DisplayName("complete only when every question is answered")
        void everyQuestion() {
            Map<String, String> three = allAnswers();
            three.remove("KEY_RESULT");

            year.answer(three, questions, rules);
            RequirementCheck partly = check(year, Requirement.QUESTIONNAIRE, TODAY);
            year.answer(allAnswers(), questions, rules);
            RequirementCheck fully = check(year, Requirement.QUESTIONNAIRE, TODAY);

            assertThat(partly.met()).isFalse();
            assertThat(partly.message().args()).containsExactly(3, 4);
            assertThat(fully.met()).isTrue();
            assertThat(year.answers()).containsOnlyKeys(AmbRegister.DEFAULT_QUESTION_CODES);
        }

        @DisplayName("a blank answer leaves its question unanswered")
        @ParameterizedTest(name = "answer \"{0}\"")
        @ValueSource(strings = {"", " ", "\n\t"})
        void blankIgnored(String blank) {
            Map<String, String> answers = allAnswers();
            answers.put("MAIN_FOCUS", blank);

            year.answer(answers, questions, rules);

            assertThat(year.answers()).doesNotContainKey("MAIN_FOCUS").hasSize(3);
            assertThat(check(year, Requirement.QUESTIONNAIRE, TODAY).met()).isFalse();
        }

        @Test
        @DisplayName("answers are stripped, and a new set replaces the old one")
        void replaces() {
            year.answer(allAnswers(), questions, rules);

            year.answer(Map.of("JOB_CHANGES", "  Nieuwe werkgever  "), questions, rules);

            assertThat(year.answers()).containsExactly(Map.entry("JOB_CHANGES", "Nieuwe werkgever"));
            assertThat(year.answersIn(questions).keySet()).containsExactlyElementsOf(AmbRegister.DEFAULT_QUESTION_CODES);
        }

        @Test
        @DisplayName("an answer to an unknown question is refused, and nothing is stored")
        void unknownQuestion() {
            Map<String, String> answers = allAnswers();
            answers.put("FAVOURITE_COLOUR", "blauw");

            assertThatThrownBy(() -> year.answer(answers, questions, rules))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.violations()).singleElement()
                                    .satisfies(v -> assertThat(v.field()).isEqualTo("answers.FAVOURITE_COLOUR")));
            assertThat(year.answers()).isEmpty();
        }

        @Test
        @DisplayName("answers up to 4000 characters are accepted, longer ones refused")
        void answerLength() {
            year.answer(Map.of("JOB_CHANGES", "x".repeat(4000)), questions, rules);

            assertThat(year.answers().get("JOB_CHANGES")).hasSize(4000);
            assertThatThrownBy(() -> year.answer(Map.of("JOB_CHANGES", "x".repeat(4001)), questions, rules))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        @DisplayName("C has no questionnaire")
        void notForC() {
            RegistrationYear cYear = yearAt(Level.C);

            assertThatThrownBy(() -> cYear.answer(allAnswers(), questions, amb.getLevel(Level.C)))
                    .isInstanceOf(RuleViolationException.class);
        }
    }

    @Nested
    @DisplayName("portfolio")
    class Portfolio {

        private final RegistrationYear year = yearAt(Level.B);
        private final RegisterLevel rules = amb.getLevel(Level.B);

        private PortfolioActivity propose(RegistrationYear on, boolean localLevel) {
            return on.propose(" Ondernemersloket ", " Een nieuw loket ", localLevel,
                    amb.getLevel(on.getLevel()), at(TODAY), REGISTRANT);
        }

        @Test
        @DisplayName("a proposal waits for judgement; approval meets the requirement")
        void proposeAndApprove() {
            PortfolioActivity proposal = propose(year, false);

            RequirementCheck pending = check(year, Requirement.PORTFOLIO_APPROVED, TODAY);
            proposal.approve(rules.dossierContent().portfolioLocalLevel(), at(TODAY), OFFICE);
            RequirementCheck approved = check(year, Requirement.PORTFOLIO_APPROVED, TODAY);

            assertThat(pending.met()).isFalse();
            assertThat(pending.message().key()).isEqualTo("requirement.PORTFOLIO_APPROVED.pending");
            assertThat(approved.met()).isTrue();
            assertThat(proposal.getStatus()).isEqualTo(PortfolioStatus.APPROVED);
            assertThat(proposal.getTitle()).isEqualTo("Ondernemersloket");
            assertThat(proposal.getDecidedBy()).isEqualTo(OFFICE);
        }

        @Test
        @DisplayName("one open or approved proposal at a time")
        void oneAtATime() {
            PortfolioActivity proposal = propose(year, false);

            assertThatThrownBy(() -> propose(year, false)).isInstanceOf(ConflictException.class);
            proposal.approve(false, at(TODAY), OFFICE);
            assertThatThrownBy(() -> propose(year, false)).isInstanceOf(ConflictException.class);
            assertThat(year.getPortfolioActivities()).hasSize(1);
        }

        @Test
        @DisplayName("after a rejection a new proposal is allowed")
        void afterRejection() {
            PortfolioActivity first = propose(year, false);
            first.reject("  Dagelijks werk  ", at(TODAY), OFFICE);

            RequirementCheck rejected = check(year, Requirement.PORTFOLIO_APPROVED, TODAY);
            PortfolioActivity second = propose(year, false);

            assertThat(rejected.met()).isFalse();
            assertThat(rejected.message().key()).isEqualTo("requirement.PORTFOLIO_APPROVED.rejected");
            assertThat(rejected.message().args()).containsExactly("Dagelijks werk");
            assertThat(year.getPortfolioActivities()).containsExactly(first, second);
            assertThat(year.currentPortfolio()).containsSame(second);
        }

        @Test
        @DisplayName("a rejection needs a reason, and a decided proposal cannot be judged again")
        void judgements() {
            PortfolioActivity proposal = propose(year, false);

            assertThatThrownBy(() -> proposal.reject(" ", at(TODAY), OFFICE)).isInstanceOf(InvalidInputException.class);
            proposal.approve(false, at(TODAY), OFFICE);
            assertThatThrownBy(() -> proposal.reject("te laat", at(TODAY), OFFICE))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> proposal.approve(false, at(TODAY), OFFICE)).isInstanceOf(ConflictException.class);
        }

        @Test
        @DisplayName("A: approval is refused unless the activity aims at the local level")
        void levelANeedsLocalLevel() {
            RegistrationYear aYear = yearAt(Level.A);
            boolean localRequired = amb.getLevel(Level.A).dossierContent().portfolioLocalLevel();
            PortfolioActivity notLocal = propose(aYear, false);

            assertThat(localRequired).isTrue();
            assertThatThrownBy(() -> notLocal.approve(localRequired, at(TODAY), OFFICE))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(notLocal.getStatus()).isEqualTo(PortfolioStatus.PROPOSED);

            notLocal.reject("Niet gericht op het lokale niveau", at(TODAY), OFFICE);
            PortfolioActivity local = propose(aYear, true);
            local.approve(localRequired, at(TODAY), OFFICE);
            assertThat(local.getStatus()).isEqualTo(PortfolioStatus.APPROVED);
        }

        @Test
        @DisplayName("C has no portfolio")
        void notForC() {
            assertThatThrownBy(() -> propose(yearAt(Level.C), false)).isInstanceOf(RuleViolationException.class);
        }
    }

    @Nested
    @DisplayName("practice report and peer review")
    class PeerReview {

        private final RegistrationYear year = yearAt(Level.B);
        private final RegisterLevel rules = amb.getLevel(Level.B);
        private final PeerReviewMeeting meeting = Fixtures.meeting(amb, MEETING_DAY, 1);

        private PortfolioActivity approvedPortfolio() {
            PortfolioActivity proposal = year.propose("Ondernemersloket", "Een nieuw loket", false, rules,
                    at(TODAY), REGISTRANT);
            proposal.approve(false, at(TODAY), OFFICE);
            return proposal;
        }

        @Test
        @DisplayName("the report needs an approved portfolio activity")
        void reportNeedsApproval() {
            PortfolioActivity proposal = year.propose("Loket", "Beschrijving", false, rules, at(TODAY), REGISTRANT);
            year.enrol(meeting, rules, at(TODAY));

            assertThatThrownBy(() -> year.attachReport(proposal, Fixtures.practiceReport(), TODAY, Fixtures.DOSSIER_LIMITS))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(check(year, Requirement.PRACTICE_REPORT, TODAY).message().key())
                    .isEqualTo("requirement.PRACTICE_REPORT.needsApproval");
        }

        @Test
        @DisplayName("the report needs an enrolment in a meeting")
        void reportNeedsEnrolment() {
            PortfolioActivity portfolio = approvedPortfolio();

            assertThatThrownBy(() -> year.attachReport(portfolio, Fixtures.practiceReport(), TODAY, Fixtures.DOSSIER_LIMITS))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(check(year, Requirement.PRACTICE_REPORT, TODAY).message().key())
                    .isEqualTo("requirement.PRACTICE_REPORT.notEnrolled");
        }

        @DisplayName("the report is uploaded before the meeting's date")
        @ParameterizedTest(name = "uploaded {0}: accepted {1}")
        @CsvSource({"2026-06-01, true", "2026-11-14, true", "2026-11-15, false", "2026-11-16, false"})
        void reportBeforeMeeting(LocalDate today, boolean accepted) {
            PortfolioActivity portfolio = approvedPortfolio();
            year.enrol(meeting, rules, at(TODAY));

            if (accepted) {
                year.attachReport(portfolio, Fixtures.practiceReport(), today, Fixtures.DOSSIER_LIMITS);
                assertThat(portfolio.hasReport()).isTrue();
                assertThat(check(year, Requirement.PRACTICE_REPORT, today).met()).isTrue();
            } else {
                assertThatThrownBy(() -> year.attachReport(portfolio, Fixtures.practiceReport(), today, Fixtures.DOSSIER_LIMITS))
                        .isInstanceOf(RuleViolationException.class);
                assertThat(portfolio.hasReport()).isFalse();
                assertThat(check(year, Requirement.PRACTICE_REPORT, today).message().key())
                        .isEqualTo("requirement.PRACTICE_REPORT.tooLate");
            }
        }

        @DisplayName("attendance is recorded on or after the meeting's date, not before")
        @ParameterizedTest(name = "recorded {0}: accepted {1}")
        @CsvSource({"2026-11-14, false", "2026-11-15, true", "2026-12-01, true"})
        void attendanceFromMeetingDate(LocalDate today, boolean accepted) {
            year.enrol(meeting, rules, at(TODAY));

            if (accepted) {
                year.recordAttendance(meeting, true, today, at(today), OFFICE);
                assertThat(year.isAttended()).isTrue();
                assertThat(year.isPresented()).isTrue();
                assertThat(year.getAttendanceRecordedAt()).isEqualTo(at(today));
                assertThat(year.getAttendanceRecordedBy()).isEqualTo(OFFICE);
                assertThat(check(year, Requirement.PEER_REVIEW, today).met()).isTrue();
            } else {
                assertThatThrownBy(() -> year.recordAttendance(meeting, true, today, at(today), OFFICE))
                        .isInstanceOf(RuleViolationException.class);
                assertThat(year.isAttended()).isFalse();
            }
        }

        @Test
        @DisplayName("attendance only for the meeting the year is enrolled in")
        void attendanceNeedsEnrolment() {
            PeerReviewMeeting other = Fixtures.meeting(amb, MEETING_DAY, 2);

            assertThatThrownBy(() -> year.recordAttendance(meeting, true, MEETING_DAY, at(MEETING_DAY), OFFICE))
                    .isInstanceOf(RuleViolationException.class);
            year.enrol(meeting, rules, at(TODAY));
            assertThatThrownBy(() -> year.recordAttendance(other, true, MEETING_DAY, at(MEETING_DAY), OFFICE))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(year.isAttended()).isFalse();
        }

        @Test
        @DisplayName("attended without presenting does not meet peer review")
        void attendedNotPresented() {
            year.enrol(meeting, rules, at(TODAY));

            year.recordAttendance(meeting, false, MEETING_DAY, at(MEETING_DAY), OFFICE);

            RequirementCheck check = check(year, Requirement.PEER_REVIEW, MEETING_DAY);
            assertThat(check.met()).isFalse();
            assertThat(check.message().key()).isEqualTo("requirement.PEER_REVIEW.notPresented");
        }

        @Test
        @DisplayName("the peer review check moves from not enrolled to upcoming to awaiting the record")
        void peerReviewStates() {
            assertThat(check(year, Requirement.PEER_REVIEW, TODAY).message().key())
                    .isEqualTo("requirement.PEER_REVIEW.notEnrolled");
            year.enrol(meeting, rules, at(TODAY));
            assertThat(check(year, Requirement.PEER_REVIEW, MEETING_DAY.minusDays(1)).message().key())
                    .isEqualTo("requirement.PEER_REVIEW.upcoming");
            assertThat(check(year, Requirement.PEER_REVIEW, MEETING_DAY).message().key())
                    .isEqualTo("requirement.PEER_REVIEW.awaitingRecord");
        }

        @Test
        @DisplayName("one meeting per year: enrolling again in the same one changes nothing, another is refused")
        void oneMeetingPerYear() {
            year.enrol(meeting, rules, at(TODAY));

            year.enrol(meeting, rules, at(TODAY.plusDays(1)));
            assertThatThrownBy(() -> year.enrol(Fixtures.meeting(amb, MEETING_DAY.plusDays(7), 2), rules,
                    at(TODAY))).isInstanceOf(ConflictException.class);
            assertThat(year.getMeeting()).isSameAs(meeting);
            assertThat(year.getEnrolledAt()).isEqualTo(at(TODAY));
        }

        @DisplayName("the meeting must fall inside the year")
        @ParameterizedTest(name = "meeting on {0}: accepted {1}")
        @CsvSource({"2026-02-28, false", "2026-03-01, true", "2027-02-28, true", "2027-03-01, false"})
        void meetingInsideYear(LocalDate date, boolean accepted) {
            PeerReviewMeeting candidate = Fixtures.meeting(amb, date, 3);

            if (accepted) {
                year.enrol(candidate, rules, at(TODAY));
                assertThat(year.getMeeting()).isSameAs(candidate);
            } else {
                assertThatThrownBy(() -> year.enrol(candidate, rules, at(TODAY)))
                        .isInstanceOf(RuleViolationException.class);
                assertThat(year.getMeeting()).isNull();
            }
        }

        @Test
        @DisplayName("C has no peer review")
        void notForC() {
            RegistrationYear cYear = yearAt(Level.C);

            assertThatThrownBy(() -> cYear.enrol(meeting, amb.getLevel(Level.C), at(TODAY)))
                    .isInstanceOf(RuleViolationException.class);
        }
    }

    @DisplayName("a full dossier is complete and can be submitted on time")
    @ParameterizedTest(name = "level {0}")
    @EnumSource(value = Level.class, names = {"B", "A"})
    void fullDossier(Level level) {
        RegistrationYear year = yearAt(level);
        RegisterLevel rules = amb.getLevel(level);
        PeerReviewMeeting meeting = Fixtures.meeting(amb, MEETING_DAY, 1);
        year.sign("Gemeente Utrecht", "Relatiemanager", true, at(TODAY), REGISTRANT);
        year.answer(allAnswers(), AmbRegister.questions(amb, level), rules);
        PeActivity training = year.addPeActivity(START, "Leergang", "VNG", 14, PeCategory.TRAINING, TODAY,
                at(TODAY), REGISTRANT);
        PeActivity network = year.addPeActivity(START, "Netwerk", "OFB", 6, PeCategory.NETWORK, TODAY,
                at(TODAY), REGISTRANT);
        year.attachEvidence(training, Fixtures.evidence(), Fixtures.DOSSIER_LIMITS);
        year.attachEvidence(network, Fixtures.evidence(), Fixtures.DOSSIER_LIMITS);
        PortfolioActivity portfolio = year.propose("Loket", "Lokaal loket met de ondernemersvereniging", true,
                rules, at(TODAY), REGISTRANT);
        portfolio.approve(rules.dossierContent().portfolioLocalLevel(), at(TODAY), OFFICE);
        year.enrol(meeting, rules, at(TODAY));
        year.attachReport(portfolio, Fixtures.practiceReport(), TODAY, Fixtures.DOSSIER_LIMITS);
        year.recordAttendance(meeting, true, MEETING_DAY, at(MEETING_DAY), OFFICE);

        Completeness completeness = completeness(year, MEETING_DAY);
        year.submit(completeness, MEETING_DAY, at(MEETING_DAY), REGISTRANT);

        assertThat(completeness.missing()).isEmpty();
        assertThat(completeness.complete()).isTrue();
        assertThat(completeness.checks()).allSatisfy(c -> assertThat(c.message().key()).endsWith(".met"));
        assertThat(year.getDossierStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(year.getLate()).isFalse();
    }
}
