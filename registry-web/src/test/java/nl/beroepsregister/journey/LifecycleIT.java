package nl.beroepsregister.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api.Admitted;
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
 * A registration's life beyond the yearly renewal: upgrades C to B to A, admission through the course with its PE
 * exemption, lapsing (and what keeps a registration from it), withdrawal and striking off; each checked in the stored
 * registration, its history, its certificates and the public register.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleIT {

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
    @DisplayName("Upgrade C to B to A: same number, new level at once, the running year keeps its requirements")
    void upgrades() {
        Admitted c = api.admitted(office, auditor, "C", "2026-01-05");
        Person person = c.person();
        long registration = c.registrationId();
        String number = api.registration(person.login(), registration).getString("registrationNumber");

        api.clock("2026-05-01");
        // an upgrade skips no level
        api.as(person.login()).body(Map.of("registrantId", person.id(), "requestedLevel", "A", "route", "UPGRADE",
                        "experienceYears", 8, "workLevel", "WO_PLUS", "functionLevel", "A"))
                .post("/applications").then().statusCode(422);
        long toB = api.apply(person, "B", "UPGRADE", 4, "HBO_PLUS", "B", null);
        api.as(office).body(Map.of("passed", true)).post("/applications/" + toB + "/decision").then()
                .statusCode(200).body("registrationId", equalTo((int) registration))
                .body("registrationNumber", equalTo(number));

        JsonPath stored = api.registration(person.login(), registration);
        assertThat(stored.getString("level")).isEqualTo("B");
        assertThat(stored.getString("year.level")).isEqualTo("C");
        assertThat(stored.getString("history[1].kind")).isEqualTo("UPGRADED");
        assertThat(stored.getString("history[1].level")).isEqualTo("B");
        assertThat(api.renewal(person.login(), registration).getList("requirements.code", String.class))
                .containsExactly("DECLARATION", "PE_POINTS", "PE_EVIDENCE");
        List<Map<String, Object>> certificates = api.certificates(person.login(), registration);
        assertThat(certificates).hasSize(2);
        assertThat(certificates.get(1)).containsEntry("level", "B").containsEntry("issueDate", "2026-05-01")
                .containsEntry("expiryDate", "2028-05-01");
        assertThat(certificates.get(0)).containsEntry("supersededOn", "2026-05-01").containsEntry("state",
                "SUPERSEDED");
        api.anonymous().get("/public/certificates/" + certificates.get(0).get("verificationCode")).then()
                .statusCode(200).body("valid", equalTo(false)).body("state", equalTo("SUPERSEDED"));

        // the next year is the first B year: B's requirements apply
        api.provenActivity(person.login(), registration, "2026-03-01", 8, "TRAINING");
        api.declare(person.login(), registration);
        api.clock("2026-11-05");
        api.submit(person.login(), registration).then().statusCode(200).body("late", equalTo(false));
        api.renewalDecision(office, registration, Map.of("approved", true)).then().statusCode(200);
        assertThat(api.registration(person.login(), registration).getString("nextYear.level")).isEqualTo("B");

        api.clock("2027-02-01");
        long toA = api.apply(person, "A", "UPGRADE", 6, "WO_PLUS", "A", null);
        api.as(office).body(Map.of("passed", true, "level", "A")).post("/applications/" + toA + "/decision")
                .then().statusCode(200);
        stored = api.registration(person.login(), registration);
        assertThat(stored.getString("level")).isEqualTo("A");
        assertThat(stored.getString("year.level")).isEqualTo("B");
        assertThat(stored.getList("history.kind")).containsExactly("ADMITTED", "UPGRADED", "RENEWED", "UPGRADED");
        api.anonymous().get("/public/registrations/" + number).then().statusCode(200)
                .body("level", equalTo("A")).body("title", equalTo("R-AMB"));
    }

    @Test
    @DisplayName("Course route: B without an audit; the first B year is PE-exempt only within 12 months")
    void courseRoute() {
        api.clock("2026-05-01");
        Person recent = api.registrant(office, "Kees", Api.unique("Cursist"));
        api.as(recent.login()).body(Map.of("registrantId", recent.id(), "requestedLevel", "A", "route", "COURSE",
                        "experienceYears", 8, "workLevel", "WO_PLUS", "functionLevel", "A",
                        "courseCompletedOn", "2026-01-10"))
                .post("/applications").then().statusCode(422);
        api.as(recent.login()).body(Map.of("registrantId", recent.id(), "requestedLevel", "B", "route", "COURSE",
                        "experienceYears", 3, "workLevel", "HBO_PLUS", "functionLevel", "B"))
                .post("/applications").then().statusCode(422);
        long application = api.apply(recent, "B", "COURSE", 3, "HBO_PLUS", "B", "2025-05-01");
        long registration = api.pass(office, application, "B", null);
        JsonPath renewal = api.renewal(recent.login(), registration);
        assertThat(renewal.getBoolean("pe.exempt")).isTrue();
        assertThat(renewal.getBoolean("pe.met")).isTrue();
        assertThat(renewal.getInt("pe.required")).isEqualTo(12);
        assertThat(renewal.getBoolean("requirements.find { it.code == 'PE_POINTS' }.met")).isTrue();

        Person older = api.registrant(office, "Piet", Api.unique("Cursist"));
        long late = api.apply(older, "B", "COURSE", 3, "HBO_PLUS", "B", "2025-04-30");
        long second = api.pass(office, late, "B", null);
        renewal = api.renewal(older.login(), second);
        assertThat(renewal.getBoolean("pe.exempt")).isFalse();
        assertThat(renewal.getBoolean("pe.met")).isFalse();

        // the level's conditions are checked at the decision: 2 years of experience are not enough for B
        Person junior = api.registrant(office, "Joop", Api.unique("Junior"));
        long tooEarly = api.apply(junior, "B", "COURSE", 2, "HBO_PLUS", "B", "2026-01-10");
        api.decide(office, tooEarly, Map.of("passed", true)).then().statusCode(422);
        api.as(junior.login()).get("/applications/" + tooEarly).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("indication", equalTo("C"));
    }

    @Test
    @DisplayName("Lapse: the day after the renewal date, unless a dossier submitted on time awaits a decision")
    void lapse() {
        Admitted idle = api.admitted(office, auditor, "C", "2026-01-05");
        Admitted onTime = api.admitted(office, auditor, "C", "2026-01-05");
        Admitted late = api.admitted(office, auditor, "C", "2026-01-05");
        Admitted refused = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-10-01");
        for (Admitted admitted : List.of(onTime, late, refused)) {
            api.provenActivity(admitted.person().login(), admitted.registrationId(), "2026-09-01", 8, "NETWORK");
            api.declare(admitted.person().login(), admitted.registrationId());
        }
        api.clock("2026-11-05");
        api.submit(onTime.person().login(), onTime.registrationId()).then().statusCode(200)
                .body("late", equalTo(false));
        api.submit(refused.person().login(), refused.registrationId()).then().statusCode(200);
        api.clock("2026-11-06");
        api.submit(late.person().login(), late.registrationId()).then().statusCode(200).body("late", equalTo(true));

        api.clock("2027-01-05");
        api.dailyRun(office);
        assertThat(status(idle)).isEqualTo("ACTIVE");

        api.clock("2027-01-06");
        JsonPath run = api.dailyRun(office);
        assertThat(run.getInt("lapsed")).isGreaterThanOrEqualTo(2);
        assertThat(status(idle)).isEqualTo("LAPSED");
        assertThat(status(late)).isEqualTo("LAPSED");
        assertThat(status(onTime)).isEqualTo("ACTIVE");
        assertThat(status(refused)).isEqualTo("ACTIVE");
        assertThat(api.dailyRun(office).getInt("lapsed")).isZero();

        JsonPath lapsed = api.registration(idle.person().login(), idle.registrationId());
        assertThat(lapsed.getString("history[-1].kind")).isEqualTo("LAPSED");
        assertThat(lapsed.getString("history[-1].by")).isEqualTo("system");
        assertThat(lapsed.getString("title")).isNull();
        api.anonymous().get("/public/registrations/" + lapsed.getString("registrationNumber")).then()
                .statusCode(200).body("status", equalTo("LAPSED")).body("title", nullValue());
        String code = (String) api.certificates(idle.person().login(), idle.registrationId()).get(0)
                .get("verificationCode");
        api.anonymous().get("/public/certificates/" + code).then().statusCode(200)
                .body("valid", equalTo(false)).body("state", equalTo("REGISTRATION_LAPSED"))
                .body("registrationStatus", equalTo("LAPSED"));

        // the pending on-time dossier is still the registration's year; approving it continues seamlessly
        JsonPath pending = api.registration(onTime.person().login(), onTime.registrationId());
        assertThat(pending.getString("year.start")).isEqualTo("2026-01-05");
        api.clock("2027-01-20");
        api.renewalDecision(office, onTime.registrationId(), Map.of("approved", false, "refuse", false,
                "reason", "Aanvullen")).then().statusCode(422);
        api.renewalDecision(office, onTime.registrationId(), Map.of("approved", true)).then().statusCode(200);
        pending = api.registration(onTime.person().login(), onTime.registrationId());
        assertThat(pending.getString("year.start")).isEqualTo("2027-01-05");
        assertThat(pending.getString("validUntil")).isEqualTo("2028-01-05");

        // refused after the renewal date: lapses at once
        api.renewalDecision(office, refused.registrationId(), Map.of("approved", false, "refuse", true,
                "reason", "Geen passende functie meer")).then().statusCode(200).body("status", equalTo("REFUSED"));
        assertThat(status(refused)).isEqualTo("LAPSED");

        // a lapsed person may apply again; the new registration gets a new number
        long again = api.apply(idle.person(), "C", "ENTRY_AUDIT", 2, "MBO_PLUS", "C", null);
        api.planAudit(office, again, "2027-01-20", auditor);
        long second = api.pass(auditor, again, "C", null);
        assertThat(second).isNotEqualTo(idle.registrationId());
    }

    @Test
    @DisplayName("Withdrawal by the registrant, striking off by the office; both final")
    void withdrawAndStrikeOff() {
        Admitted leaving = api.admitted(office, auditor, "B", "2026-01-05");
        Admitted other = api.admitted(office, auditor, "C", "2026-01-05");
        Login me = leaving.person().login();
        long registration = leaving.registrationId();
        long version = api.registration(me, registration).getLong("version");

        api.as(other.person().login()).body(Map.of("to", "WITHDRAWN", "version", version))
                .post("/registrations/" + registration + "/transitions").then().statusCode(404);
        api.as(auditor).body(Map.of("to", "WITHDRAWN", "version", version))
                .post("/registrations/" + registration + "/transitions").then().statusCode(403);
        api.as(me).body(Map.of("to", "STRUCK_OFF", "reason", "x", "version", version))
                .post("/registrations/" + registration + "/transitions").then().statusCode(403);
        api.as(me).body(Map.of("to", "WITHDRAWN", "version", version + 1))
                .post("/registrations/" + registration + "/transitions").then().statusCode(409);
        api.as(me).body(Map.of("to", "WITHDRAWN", "reason", "Andere baan", "version", version))
                .post("/registrations/" + registration + "/transitions").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("title", nullValue());
        JsonPath stored = api.registration(me, registration);
        assertThat(stored.getString("history[-1].from")).isEqualTo("ACTIVE");
        assertThat(stored.getString("history[-1].to")).isEqualTo("WITHDRAWN");
        assertThat(stored.getString("history[-1].by")).isEqualTo(me.username());
        assertThat(stored.getString("history[-1].reason")).isEqualTo("Andere baan");
        api.as(office).body(Map.of("to", "STRUCK_OFF", "reason", "x", "version", stored.getLong("version")))
                .post("/registrations/" + registration + "/transitions").then().statusCode(409);
        api.as(me).body(Map.of("to", "WITHDRAWN", "version", stored.getLong("version")))
                .post("/registrations/" + registration + "/transitions").then().statusCode(409);

        long otherId = other.registrationId();
        long otherVersion = api.registration(office, otherId).getLong("version");
        api.as(office).body(Map.of("to", "STRUCK_OFF", "version", otherVersion))
                .post("/registrations/" + otherId + "/transitions").then().statusCode(400);
        api.as(office).body(Map.of("to", "LAPSED", "reason", "x", "version", otherVersion))
                .post("/registrations/" + otherId + "/transitions").then().statusCode(409);
        api.as(office).body(Map.of("to", "STRUCK_OFF", "reason", "Misbruik van de titel", "version", otherVersion))
                .post("/registrations/" + otherId + "/transitions").then().statusCode(200)
                .body("status", equalTo("STRUCK_OFF"));
        assertThat(status(other)).isEqualTo("STRUCK_OFF");
        String code = (String) api.certificates(office, otherId).get(0).get("verificationCode");
        api.anonymous().get("/public/certificates/" + code).then().statusCode(200)
                .body("valid", equalTo(false)).body("state", equalTo("REGISTRATION_STRUCK_OFF"));
        String name = api.registration(office, otherId).getString("registrantName");
        api.anonymous().queryParam("name", name).get("/public/registrations").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private String status(Admitted admitted) {
        return api.registration(office, admitted.registrationId()).getString("status");
    }

    @Test
    @DisplayName("A registrant downloads everything the register holds about them, and nobody else can")
    void personalDataExport() throws Exception {
        Admitted me = api.admitted(office, auditor, "B", "2026-01-05");
        Admitted other = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-03-01");
        api.provenActivity(me.person().login(), me.registrationId(), "2026-02-01", 6, "TRAINING");
        api.answerAll(me.person().login(), me.registrationId());

        byte[] zip = api.as(me.person().login()).accept("application/zip")
                .get("/registrants/" + me.person().id() + "/export")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        String json = new String(files.get("gegevens.json"), java.nio.charset.StandardCharsets.UTF_8);
        JsonPath data = new JsonPath(json);
        assertThat(data.getString("registrant.email")).isEqualTo(Api.email(me.person().login()));
        assertThat(data.getString("accounts[0].username")).isEqualTo(me.person().login().username());
        assertThat(data.getString("registrations[0].registrationNumber")).startsWith("AMB-");
        assertThat(data.getInt("registrations[0].years[0].peActivities[0].points")).isEqualTo(6);
        assertThat(data.getString("registrations[0].years[0].questionnaire.KEY_RESULT")).isNotBlank();
        assertThat(json).doesNotContain("PBKDF2").doesNotContain("password\"");
        String evidence = data.getString("registrations[0].years[0].peActivities[0].evidence");
        assertThat(files.get(evidence)).isEqualTo(Api.PDF);

        api.as(other.person().login()).accept("application/zip").get("/registrants/" + me.person().id() + "/export")
                .then().statusCode(404).contentType("application/problem+json");
        api.as(auditor).accept("application/zip").get("/registrants/" + me.person().id() + "/export")
                .then().statusCode(403);
        api.as(office).accept("application/zip").get("/registrants/" + me.person().id() + "/export")
                .then().statusCode(200);
    }

    @Test
    @DisplayName("Seven years after a registration ended, the person's data are removed and the numbers stay")
    void retention() {
        Admitted leaving = api.admitted(office, auditor, "C", "2026-01-05");
        Admitted staying = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-02-01");
        api.provenActivity(leaving.person().login(), leaving.registrationId(), "2026-01-20", 4, "TRAINING");
        long version = api.registration(leaving.person().login(), leaving.registrationId()).getLong("version");
        api.as(leaving.person().login()).body(Map.of("to", "WITHDRAWN", "reason", "Met pensioen", "version", version))
                .post("/registrations/" + leaving.registrationId() + "/transitions").then().statusCode(200);
        String number = api.registration(office, leaving.registrationId()).getString("registrationNumber");

        api.clock("2033-01-31");
        api.dailyRun(office);
        api.as(office).get("/registrants/" + leaving.person().id()).then().statusCode(200)
                .body("email", equalTo(Api.email(leaving.person().login())));

        api.clock("2033-02-02");
        assertThat(api.dailyRun(office).getInt("anonymized")).isGreaterThanOrEqualTo(1);
        JsonPath removed = api.as(office).get("/registrants/" + leaving.person().id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(removed.getString("email")).endsWith("@invalid");
        assertThat(removed.getString("firstName")).isEmpty();
        assertThat(removed.getString("employer")).isNull();
        api.as(leaving.person().login()).get("/registrants/" + leaving.person().id()).then().statusCode(401);
        JsonPath registration = api.registration(office, leaving.registrationId());
        assertThat(registration.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(registration.getString("registrationNumber")).isEqualTo(number);
        assertThat(registration.getString("history[-1].reason")).isNull();
        assertThat(registration.getString("registrantName")).doesNotContain("Anna");
        assertThat(api.renewal(office, leaving.registrationId()).getString("peActivities[0].evidence")).isNull();
        api.as(office).get("/registrants/" + staying.person().id()).then().statusCode(200)
                .body("email", equalTo(Api.email(staying.person().login())));
    }
}
