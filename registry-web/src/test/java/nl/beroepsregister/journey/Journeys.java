package nl.beroepsregister.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;

/** Journeys shared by the tests on H2 and on PostgreSQL. */
final class Journeys {

    private Journeys() {
    }

    /**
     * Level B by entry audit, with the full dossier: questionnaire, a rejected and a re-proposed portfolio activity,
     * a peer-review meeting with the report uploaded before it, PE points of one category only; submitted on time,
     * renewed, and a new certificate only when the two-year validity ends.
     */
    static long levelB(Api api, Login office, Login auditor) {
        Admitted b = api.admitted(office, auditor, "B", "2026-03-02");
        Login me = b.person().login();
        long registration = b.registrationId();

        JsonPath stored = api.registration(me, registration);
        assertThat(stored.getString("year.submissionDeadline")).isEqualTo("2027-01-02");
        assertThat(stored.getString("year.level")).isEqualTo("B");

        JsonPath renewal = api.renewal(me, registration);
        assertThat(renewal.getList("requirements.code", String.class)).containsExactly("DECLARATION",
                "QUESTIONNAIRE", "PE_POINTS", "PE_EVIDENCE", "PORTFOLIO_APPROVED", "PRACTICE_REPORT", "PEER_REVIEW");
        assertThat(renewal.getInt("pe.required")).isEqualTo(12);

        JsonPath questionnaire = api.as(me).get("/registrations/" + registration + "/questionnaire")
                .then().statusCode(200).extract().jsonPath();
        assertThat(questionnaire.getList("questions.code", String.class))
                .containsExactly("JOB_CHANGES", "MAIN_FOCUS", "KEY_RESULT", "DEVELOPMENT_WISH");
        assertThat(questionnaire.getString("questions[0].text")).contains("functie");
        api.as(me).body(Map.of("answers", Map.of("JOB_CHANGES", "Geen.", "MAIN_FOCUS", "Acquisitie.")))
                .put("/registrations/" + registration + "/questionnaire").then().statusCode(200);
        assertThat(api.renewal(me, registration).getString("requirements.find { it.code == 'QUESTIONNAIRE' }.message"))
                .contains("2 van de 4");
        api.answerAll(me, registration);

        api.clock("2026-04-01");
        long first = api.propose(me, registration, false);
        api.as(me).body(Map.of("title", "Nog een", "description", "Tweede voorstel"))
                .post("/registrations/" + registration + "/portfolio").then().statusCode(409);
        api.judgePortfolio(auditor, first, false, null).then().statusCode(400);
        api.judgePortfolio(auditor, first, false, "Te weinig vernieuwend").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertThat(api.renewal(me, registration)
                .getString("requirements.find { it.code == 'PORTFOLIO_APPROVED' }.message"))
                .contains("Te weinig vernieuwend");
        long second = api.propose(me, registration, false);
        api.judgePortfolio(me, second, true, null).then().statusCode(403);
        api.judgePortfolio(office, second, true, null).then().statusCode(200).body("status", equalTo("APPROVED"));

        api.report(me, second).then().statusCode(422);
        long meeting = api.meeting(office, "2026-10-15");
        long otherMeeting = api.meeting(office, "2026-11-20");
        api.enrol(office, meeting, registration).then().statusCode(200);
        api.enrol(office, otherMeeting, registration).then().statusCode(409);
        api.attendance(office, meeting, registration, true).then().statusCode(422)
                .body("detail", containsString("15 oktober 2026"));

        api.clock("2026-06-01");
        api.report(me, second).then().statusCode(204);
        api.provenActivity(me, registration, "2026-04-15", 8, "TRAINING");
        api.provenActivity(me, registration, "2026-05-15", 4, "TRAINING");
        api.declare(me, registration);
        renewal = api.renewal(me, registration);
        assertThat(renewal.getBoolean("pe.met")).isTrue();
        assertThat(renewal.getList("requirements.findAll { !it.met }.code", String.class))
                .containsExactly("PEER_REVIEW");

        api.clock("2026-10-15");
        api.attendance(office, meeting, registration, true).then().statusCode(200);
        renewal = api.renewal(me, registration);
        assertThat(renewal.getBoolean("complete")).isTrue();
        assertThat(renewal.getBoolean("meeting.attended")).isTrue();

        api.clock("2026-11-02");
        api.submit(me, registration).then().statusCode(200).body("late", equalTo(false));
        api.renewalDecision(office, registration, Map.of("approved", false, "refuse", false)).then().statusCode(400);
        api.renewalDecision(office, registration,
                Map.of("approved", false, "refuse", false, "reason", "Verslag onleesbaar")).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("decisionReason", equalTo("Verslag onleesbaar"));
        api.report(me, second).then().statusCode(422);
        api.clock("2027-01-20");
        api.submit(me, registration).then().statusCode(200).body("late", equalTo(false));
        api.renewalDecision(office, registration, Map.of("approved", true)).then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        stored = api.registration(me, registration);
        assertThat(stored.getString("nextYear.start")).isEqualTo("2027-03-02");
        assertThat(stored.getString("nextYear.level")).isEqualTo("B");
        List<Map<String, Object>> certificates = api.certificates(me, registration);
        assertThat(certificates).hasSize(1);
        assertThat(certificates.get(0)).containsEntry("expiryDate", "2028-03-02");

        // the second renewal: the first certificate's validity ends with the year just approved
        api.clock("2027-03-10");
        JsonPath secondYear = api.renewal(me, registration);
        assertThat(secondYear.getString("year.start")).isEqualTo("2027-03-02");
        assertThat(secondYear.getString("status")).isEqualTo("OPEN");
        assertThat(secondYear.getList("peActivities")).isEmpty();
        return registration;
    }
}
