package nl.beroepsregister.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Api.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole journeys through the API on Payara Micro with H2: apply, audit, admit, build the renewal dossier, submit and
 * renew, for each level; every step checked against what is stored afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdmissionAndRenewalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Login office;
    Login auditor;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        api.clock("2026-01-05");
        office = api.staff("OFFICE");
        auditor = api.staff("AUDITOR");
    }

    @Test
    @DisplayName("Level C: entry audit, admission, a complete dossier submitted on the deadline, renewal")
    void levelC() {
        api.clock("2026-02-02");
        Person jan = api.registrant(office, "Jan", Api.unique("Jansen"));
        long application = api.apply(jan, "C", "ENTRY_AUDIT", 1, "MBO_PLUS", "C", null);

        JsonPath applied = api.as(jan.login()).get("/applications/" + application).then().statusCode(200)
                .extract().jsonPath();
        assertThat(applied.getString("status")).isEqualTo("APPLIED");
        assertThat(applied.getString("indication")).isEqualTo("C");
        assertThat(applied.getString("audit.date")).isNull();

        // no decision on an entry audit that was not planned, or before its day
        api.decide(auditor, application, Map.of("passed", true, "level", "C")).then().statusCode(403);
        api.decide(office, application, Map.of("passed", true, "level", "C")).then().statusCode(422);
        api.planAudit(office, application, "2026-02-09", auditor);
        api.decide(auditor, application, Map.of("passed", true, "level", "C")).then().statusCode(422)
                .body("detail", containsString("9 februari 2026"));
        api.clock("2026-02-09");
        Login otherAuditor = api.staff("AUDITOR");
        api.decide(otherAuditor, application, Map.of("passed", true, "level", "C")).then().statusCode(403);
        JsonPath decided = api.decide(auditor, application,
                        Map.of("passed", true, "level", "C", "startDate", "2026-02-09"))
                .then().statusCode(200).body("status", equalTo("PASSED")).extract().jsonPath();
        long registration = decided.getLong("registrationId");
        String number = decided.getString("registrationNumber");
        assertThat(number).matches("AMB-\\d{6}");

        JsonPath stored = api.registration(jan.login(), registration);
        assertThat(stored.getString("status")).isEqualTo("ACTIVE");
        assertThat(stored.getString("level")).isEqualTo("C");
        assertThat(stored.getString("title")).isEqualTo("R-AMB");
        assertThat(stored.getString("startDate")).isEqualTo("2026-02-09");
        assertThat(stored.getString("year.start")).isEqualTo("2026-02-09");
        assertThat(stored.getString("year.renewalDate")).isEqualTo("2027-02-09");
        assertThat(stored.getString("year.submissionDeadline")).isEqualTo("2026-12-09");
        assertThat(stored.getString("year.level")).isEqualTo("C");
        assertThat(stored.getString("nextYear")).isNull();
        assertThat(stored.getString("validUntil")).isEqualTo("2027-02-09");
        assertThat(stored.getList("history")).hasSize(1);
        assertThat(stored.getString("history[0].from")).isNull();
        assertThat(stored.getString("history[0].to")).isEqualTo("ACTIVE");
        assertThat(stored.getString("history[0].by")).isEqualTo(auditor.username());

        JsonPath application2 = api.as(office).get("/applications/" + application).then().statusCode(200)
                .extract().jsonPath();
        assertThat(application2.getString("status")).isEqualTo("PASSED");
        assertThat(application2.getBoolean("decision.passed")).isTrue();
        assertThat(application2.getString("decision.by")).isEqualTo(auditor.username());
        assertThat(application2.getLong("registrationId")).isEqualTo(registration);

        List<Map<String, Object>> certificates = api.certificates(jan.login(), registration);
        assertThat(certificates).hasSize(1);
        assertThat(certificates.get(0)).containsEntry("level", "C").containsEntry("issueDate", "2026-02-09")
                .containsEntry("expiryDate", "2027-02-09");

        api.anonymous().get("/public/registrations/" + number).then().statusCode(200)
                .body("title", equalTo("R-AMB")).body("status", equalTo("ACTIVE"))
                .body("validUntil", equalTo("2027-02-09"));

        JsonPath renewal = api.renewal(jan.login(), registration);
        assertThat(renewal.getList("requirements.code", String.class))
                .containsExactly("DECLARATION", "PE_POINTS", "PE_EVIDENCE");
        assertThat(renewal.getBoolean("complete")).isFalse();

        api.clock("2026-06-01");
        long training = api.provenActivity(jan.login(), registration, "2026-03-10", 5, "TRAINING");
        long network = api.peActivity(jan.login(), registration, "2026-04-01", 2, "NETWORK");
        renewal = api.renewal(jan.login(), registration);
        assertThat(renewal.getInt("pe.counted")).isEqualTo(7);
        assertThat(renewal.getInt("pe.required")).isEqualTo(8);
        assertThat(renewal.getBoolean("pe.met")).isFalse();
        assertThat(renewal.getString("pe.networkMin")).isNull();

        api.submit(jan.login(), registration).then().statusCode(422)
                .body("missing", equalTo(List.of("DECLARATION", "PE_POINTS", "PE_EVIDENCE")));

        api.evidence(jan.login(), network);
        api.provenActivity(jan.login(), registration, "2026-05-20", 1, "TRAINING");
        api.declare(jan.login(), registration);
        renewal = api.renewal(jan.login(), registration);
        assertThat(renewal.getBoolean("complete")).isTrue();
        assertThat(renewal.getInt("pe.counted")).isEqualTo(8);

        api.clock("2026-12-09");
        api.submit(jan.login(), registration).then().statusCode(200).body("late", equalTo(false));
        api.submit(jan.login(), registration).then().statusCode(409);
        api.as(jan.login()).delete("/pe-activities/" + training).then().statusCode(409);
        assertThat(api.renewal(jan.login(), registration).getString("status")).isEqualTo("SUBMITTED");

        api.renewalDecision(jan.login(), registration, Map.of("approved", true)).then().statusCode(403);
        api.renewalDecision(office, registration, Map.of("approved", true)).then().statusCode(200);
        stored = api.registration(jan.login(), registration);
        assertThat(stored.getString("nextYear.start")).isEqualTo("2027-02-09");
        assertThat(stored.getString("nextYear.renewalDate")).isEqualTo("2028-02-09");
        assertThat(stored.getString("nextYear.level")).isEqualTo("C");
        assertThat(stored.getString("validUntil")).isEqualTo("2028-02-09");
        assertThat(stored.getList("history.kind")).containsExactly("ADMITTED", "RENEWED");

        certificates = api.certificates(jan.login(), registration);
        assertThat(certificates).hasSize(2);
        assertThat(certificates.get(1)).containsEntry("issueDate", "2027-02-09")
                .containsEntry("expiryDate", "2028-02-09");
        assertThat(certificates.get(0)).containsEntry("supersededOn", "2027-02-09");

        api.clock("2027-02-10");
        api.dailyRun(office);
        stored = api.registration(jan.login(), registration);
        assertThat(stored.getString("status")).isEqualTo("ACTIVE");
        assertThat(stored.getString("year.start")).isEqualTo("2027-02-09");
        assertThat(stored.getString("nextYear")).isNull();
        assertThat(api.renewal(jan.login(), registration).getString("status")).isEqualTo("OPEN");
    }

    @Test
    @DisplayName("Level B: questionnaire, portfolio, peer review, return and resubmission, renewal")
    void levelB() {
        Journeys.levelB(api, office, auditor);
    }

    @Test
    @DisplayName("Level A: network points between 6 and 10, and a portfolio aimed at the local level")
    void levelA() {
        Api.Admitted a = api.admitted(office, auditor, "A", "2026-02-01");
        Login me = a.person().login();
        long registration = a.registrationId();
        api.clock("2026-09-01");

        api.provenActivity(me, registration, "2026-03-01", 15, "TRAINING");
        api.provenActivity(me, registration, "2026-04-01", 5, "NETWORK");
        JsonPath renewal = api.renewal(me, registration);
        assertThat(renewal.getInt("pe.counted")).isEqualTo(20);
        assertThat(renewal.getInt("pe.networkMin")).isEqualTo(6);
        assertThat(renewal.getInt("pe.networkMax")).isEqualTo(10);
        assertThat(renewal.getBoolean("pe.met")).isFalse();
        assertThat(renewal.getString("requirements.find { it.code == 'PE_POINTS' }.message"))
                .contains("5 punten voor ontwikkeling van netwerk");

        api.provenActivity(me, registration, "2026-05-01", 1, "NETWORK");
        assertThat(api.renewal(me, registration).getBoolean("pe.met")).isTrue();
        api.provenActivity(me, registration, "2026-06-01", 5, "NETWORK");
        renewal = api.renewal(me, registration);
        assertThat(renewal.getInt("pe.network")).isEqualTo(11);
        assertThat(renewal.getInt("pe.counted")).isEqualTo(25);

        long notLocal = api.propose(me, registration, false);
        api.judgePortfolio(office, notLocal, true, null).then().statusCode(422);
        api.judgePortfolio(office, notLocal, false, "Niet gericht op het lokale niveau").then().statusCode(200);
        long local = api.propose(me, registration, true);
        api.judgePortfolio(auditor, local, true, null).then().statusCode(200).body("status", equalTo("APPROVED"));

        JsonPath english = api.as(me).header("Accept-Language", "en")
                .get("/registrations/" + registration + "/renewal").then().statusCode(200).extract().jsonPath();
        assertThat(english.getString("requirements.find { it.code == 'PORTFOLIO_APPROVED' }.message"))
                .contains("has been approved");
    }
}
