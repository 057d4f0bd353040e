package nl.beroepsregister.journey;

import static io.restassured.RestAssured.given;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Api.Person;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input on every write endpoint of the API: missing and mistyped fields, malformed bodies, out-of-range values,
 * unknown enum values, other registrants' ids, roles that may not, missing or wrong credentials, stale versions and
 * requests the register's rules refuse. Every refusal must be a 4xx problem-details answer (never a 500), and must
 * change nothing: the resource is read through the API before and after and compared.
 *
 * <p>Every case is checked softly, so one run reports all the cases that do not behave as API.md says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PASSWORD = "geheim-wachtwoord-1";
    private static final long UNKNOWN = 999_999_999L;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d,
            'I', 'H', 'D', 'R'};
    private static final byte[] TEXT = "Dit is geen PDF maar platte tekst.\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] HTML = "<html><body>bewijs</body></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TOO_LARGE = tooLargePdf();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Login admin;
    Login office;
    Login auditor;
    SoftAssertions softly;
    final Map<String, String> names = new HashMap<>();

    @BeforeEach
    void setUp() {
        api = new Api(base);
        softly = new SoftAssertions();
        api.clock("2026-01-05");
        admin = name(api.admin(), "admin");
        office = name(api.staff("OFFICE"), "office");
        auditor = name(api.staff("AUDITOR"), "auditor");
    }

    @AfterEach
    void allCases() {
        softly.assertAll();
    }

    // ------------------------------------------------------------------------------------------------------------
    // problem details, language, authentication
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("Problem details are Dutch by default and English with Accept-Language: en")
    void problemDetailsFollowAcceptLanguage() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        api.clock("2026-06-01");
        String unknown = "/registrations/" + UNKNOWN + "/pe-activities";
        JsonPath dutch = refused("office POST " + unknown + " (no Accept-Language)",
                api.as(office).body(json(peBody("2026-03-10"))).post(unknown), 404);
        JsonPath english = refused("office POST " + unknown + " (Accept-Language: en)",
                api.as(office).header("Accept-Language", "en").body(json(peBody("2026-03-10"))).post(unknown), 404);
        softly.assertThat(dutch.getString("detail")).as("Dutch 404 detail").contains("bestaat niet")
                .isNotEqualTo(english.getString("detail"));
        softly.assertThat(english.getString("detail")).as("English 404 detail").contains("does not exist");
        softly.assertThat(dutch.getString("title")).as("Dutch 404 title").isNotEqualTo(english.getString("title"));

        String own = "/registrations/" + rita.registrationId() + "/pe-activities";
        Map<String, Object> tooMany = with(peBody("2026-03-10"), "points", 41);
        JsonPath dutchViolation = refused("registrant POST " + own + " points 41 (nl)",
                api.as(rita.person().login()).body(json(tooMany)).post(own), 400, "points");
        JsonPath englishViolation = refused("registrant POST " + own + " points 41 (en)",
                api.as(rita.person().login()).header("Accept-Language", "en").body(json(tooMany)).post(own),
                400, "points");
        softly.assertThat(dutchViolation.getString("violations[0].message")).as("violation message nl vs en")
                .isNotBlank().isNotEqualTo(englishViolation.getString("violations[0].message"));
        softly.assertThat(dutchViolation.getString("title")).as("400 title nl vs en")
                .isNotEqualTo(englishViolation.getString("title"));
        softly.assertThat(api.renewal(office, rita.registrationId()).getList("peActivities")).isEmpty();
    }

    @Test
    @DisplayName("Every write endpoint: 401 with a Basic challenge and problem JSON without or with wrong credentials")
    void everyWriteEndpointNeedsValidCredentials() {
        Admitted rita = admitted("B", "2026-02-02", "registrant");
        api.clock("2026-03-02");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        long activity = api.peActivity(login, registration, "2026-03-01", 5, "TRAINING");
        long portfolio = api.propose(login, registration, false);
        long meeting = api.meeting(office, "2026-10-01");
        Person piet = registrant("applicant");
        long application = applyFor(piet, "C", "ENTRY_AUDIT");
        long version = api.registration(office, registration).getLong("version");

        String registrationState = registrationState(registration);
        String activityState = state("/pe-activities/" + activity);
        String portfolioState = state("/portfolio/" + portfolio);
        String applicationState = state("/applications/" + application);
        String clock = clockInstant();

        String reg = "/registrations/" + registration;
        List<Req> writes = List.of(
                new Req("POST", "/registrants", json(registrantBody(Api.unique("nieuw")))),
                new Req("POST", "/accounts", json(accountBody(Api.unique("nieuw")))),
                new Req("POST", "/applications", json(applicationBody(piet.id(), "C", "ENTRY_AUDIT"))),
                new Req("POST", "/applications/" + application + "/audit",
                        json(body("date", "2026-03-09", "auditor", auditor.username()))),
                new Req("POST", "/applications/" + application + "/decision",
                        json(body("passed", false, "reason", "Geen ervaring."))),
                new Req("POST", reg + "/transitions",
                        json(body("to", "WITHDRAWN", "reason", "Gestopt.", "version", version))),
                new Req("POST", reg + "/pe-activities", json(peBody("2026-03-02"))),
                new Req("PUT", "/pe-activities/" + activity, json(peBody("2026-03-02"))),
                new Req("DELETE", "/pe-activities/" + activity, null),
                new Req("PUT", "/pe-activities/" + activity + "/evidence", Api.PDF),
                new Req("PUT", reg + "/declaration", json(declarationBody())),
                new Req("PUT", reg + "/questionnaire", json(body("answers", body("MAIN_FOCUS", "Bedrijven.")))),
                new Req("POST", reg + "/portfolio", json(proposalBody())),
                new Req("POST", "/portfolio/" + portfolio + "/decision", json(body("approved", true))),
                new Req("PUT", "/portfolio/" + portfolio + "/report", Api.PDF),
                new Req("POST", "/meetings", json(meetingBody("2026-11-01"))),
                new Req("POST", "/meetings/" + meeting + "/enrolments", json(body("registrationId", registration))),
                new Req("POST", "/meetings/" + meeting + "/attendance",
                        json(body("registrationId", registration, "presented", true))),
                new Req("POST", reg + "/submission", null),
                new Req("POST", reg + "/renewal-decision", json(body("approved", true))),
                new Req("PUT", "/admin/clock", json(body("instant", "2030-01-01T09:00:00Z"))));

        Login wrongPassword = name(new Login(login.username(), "niet-het-wachtwoord"), "registrant (wrong password)");
        Login unknownUser = name(new Login(Api.unique("niemand"), PASSWORD), "unknown user");
        Login adminWrongPassword = name(new Login(admin.username(), "niet-het-wachtwoord"), "admin (wrong password)");
        for (Req write : writes) {
            Response anonymous = send(null, write);
            refused("anonymous " + write, anonymous, 401);
            softly.assertThat(anonymous.header("WWW-Authenticate")).as("WWW-Authenticate of anonymous " + write)
                    .isNotNull().startsWithIgnoringCase("Basic");
            Response wrong = send(wrongPassword, write);
            refused(describe(wrongPassword, write), wrong, 401);
            softly.assertThat(wrong.header("WWW-Authenticate")).as("WWW-Authenticate of wrong password " + write)
                    .isNotNull().startsWithIgnoringCase("Basic");
        }
        // the password check is deliberately slow: the other kinds of bad credentials on a few endpoints only
        for (Req write : List.of(writes.get(0), writes.get(6), writes.get(writes.size() - 1))) {
            refused(describe(adminWrongPassword, write), send(adminWrongPassword, write), 401);
            refused(describe(unknownUser, write), send(unknownUser, write), 401);
            Response garbled = spec(null, write).header("Authorization", "Basic !!!geen-base64!!!")
                    .request(write.method(), write.path());
            refused("garbled Authorization header " + write, garbled, 401);
            Response noPassword = spec(null, write).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(login.username().getBytes(StandardCharsets.UTF_8))).request(write.method(),
                    write.path());
            refused("Authorization without a password " + write, noPassword, 401);
        }

        softly.assertThat(registrationState(registration)).as("registration after refused requests")
                .isEqualTo(registrationState);
        softly.assertThat(state("/pe-activities/" + activity)).as("PE activity").isEqualTo(activityState);
        softly.assertThat(state("/portfolio/" + portfolio)).as("portfolio").isEqualTo(portfolioState);
        softly.assertThat(state("/applications/" + application)).as("application").isEqualTo(applicationState);
        softly.assertThat(clockInstant()).as("the clock").isEqualTo(clock);
    }

    // ------------------------------------------------------------------------------------------------------------
    // accounts and registrants
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("POST /registrants: each required field missing, wrong types, roles that may not, a taken username")
    void createRegistrant() {
        Person otto = registrant("other registrant");
        String ottoBefore = state("/registrants/" + otto.id());
        String username = Api.unique("rita");
        Map<String, Object> valid = registrantBody(username);
        for (String field : List.of("firstName", "lastName", "email", "username", "password")) {
            expect(400, office, "POST", "/registrants", without(valid, field), field);
            expect(400, office, "POST", "/registrants", with(valid, field, null), field);
        }
        expect(400, office, "POST", "/registrants", with(valid, "firstName", 42), "firstName");
        expect(400, office, "POST", "/registrants", with(valid, "firstName", " "), "firstName");
        expect(400, office, "POST", "/registrants", with(valid, "lastName", List.of("Regels")), "lastName");
        expect(400, office, "POST", "/registrants", with(valid, "email", "geen-adres"), "email");
        expect(400, office, "POST", "/registrants", with(valid, "password", "kort"), "password");
        expect(400, office, "POST", "/registrants", with(valid, "password", 12345678), "password");
        expect(400, office, "POST", "/registrants", with(valid, "username", "met spatie"), "username");
        expect(400, office, "POST", "/registrants", with(valid, "firstName", "x".repeat(101)), "firstName");
        malformed(office, "POST", "/registrants");
        expect(403, auditor, "POST", "/registrants", valid);
        expect(403, otto.login(), "POST", "/registrants", valid);
        expect(409, office, "POST", "/registrants", with(valid, "username", otto.login().username()));

        noAccount(username, PASSWORD);
        softly.assertThat(state("/registrants/" + otto.id())).as("the registrant whose username was taken")
                .isEqualTo(ottoBefore);
        // nothing was left behind: the same registrant, with the same username, can still be created
        Response created = api.as(office).body(json(valid)).post("/registrants");
        softly.assertThat(created.statusCode()).as("valid POST /registrants after the refusals: " + created.asString())
                .isEqualTo(201);
    }

    @Test
    @DisplayName("POST /accounts: each required field missing, unknown or forbidden roles, non-admins")
    void createAccount() {
        Person rita = registrant("registrant");
        String username = Api.unique("kantoor");
        Map<String, Object> valid = accountBody(username);
        for (String field : List.of("username", "password", "roles")) {
            expect(400, admin, "POST", "/accounts", without(valid, field), field);
        }
        expect(400, admin, "POST", "/accounts", with(valid, "roles", List.of()), "roles");
        expect(400, admin, "POST", "/accounts", with(valid, "roles", List.of("KING")), "roles");
        expect(400, admin, "POST", "/accounts", with(valid, "roles", "OFFICE"), "roles");
        expect(400, admin, "POST", "/accounts", with(valid, "roles", List.of("REGISTRANT")), "roles");
        expect(400, admin, "POST", "/accounts", with(valid, "password", "kort"), "password");
        expect(400, admin, "POST", "/accounts", with(valid, "username", "x"), "username");
        expect(400, admin, "POST", "/accounts", with(valid, "username", 42), "username");
        malformed(admin, "POST", "/accounts");
        expect(403, office, "POST", "/accounts", valid);
        expect(403, auditor, "POST", "/accounts", valid);
        expect(403, rita.login(), "POST", "/accounts", valid);
        expect(409, admin, "POST", "/accounts", with(valid, "username", office.username()));

        noAccount(username, PASSWORD);
        // the office account whose username was asked for again still works as before
        softly.assertThat(api.as(office).get("/registrants/" + rita.id()).statusCode()).as("office still signs in")
                .isEqualTo(200);
        Response created = api.as(admin).body(json(valid)).post("/accounts");
        softly.assertThat(created.statusCode()).as("valid POST /accounts after the refusals: " + created.asString())
                .isEqualTo(201);
    }

    // ------------------------------------------------------------------------------------------------------------
    // applications and admission
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("POST /applications: missing fields, wrong types, unknown enums, for someone else, impossible routes")
    void apply() {
        api.clock("2026-02-02");
        Person rita = registrant("registrant");
        Person otto = registrant("other registrant");
        Map<String, Object> valid = applicationBody(rita.id(), "C", "ENTRY_AUDIT");
        Login login = rita.login();
        for (String field : List.of("registrantId", "requestedLevel", "route", "experienceYears", "workLevel",
                "functionLevel")) {
            expect(400, login, "POST", "/applications", without(valid, field), field);
        }
        expect(400, login, "POST", "/applications", with(valid, "experienceYears", "x"), "experienceYears");
        expect(400, login, "POST", "/applications", with(valid, "experienceYears", -1), "experienceYears");
        expect(400, login, "POST", "/applications", with(valid, "experienceYears", raw("1e12")), "experienceYears");
        expect(400, login, "POST", "/applications", with(valid, "requestedLevel", "D"), "requestedLevel");
        expect(400, login, "POST", "/applications", with(valid, "functionLevel", "D"), "functionLevel");
        expect(400, login, "POST", "/applications", with(valid, "route", "X"), "route");
        expect(400, login, "POST", "/applications", with(valid, "workLevel", "PHD"), "workLevel");
        expect(400, login, "POST", "/applications", with(valid, "registrantId", "abc"), "registrantId");
        expect(400, login, "POST", "/applications", with(valid, "courseCompletedOn", 20260101),
                "courseCompletedOn");
        malformed(login, "POST", "/applications");

        // for someone else: 403 (API.md: a registrant may apply for themself only)
        expect(403, login, "POST", "/applications", applicationBody(otto.id(), "C", "ENTRY_AUDIT"));
        expect(403, auditor, "POST", "/applications", valid);
        expect(404, office, "POST", "/applications", applicationBody(UNKNOWN, "C", "ENTRY_AUDIT"));
        // a registrant never learns about another registrant: reading one is "not found"
        expect(404, login, "GET", "/registrants/" + otto.id(), null);

        // routes whose conditions cannot hold are refused when applying (a rule is enforced as early as it can be)
        expect(422, login, "POST", "/applications",
                with(applicationBody(rita.id(), "A", "COURSE"), "courseCompletedOn", "2026-01-15"));
        expect(422, login, "POST", "/applications", applicationBody(rita.id(), "B", "UPGRADE"));

        // nothing was stored: both can still open their (one) application
        Response ritaApplies = api.as(login).body(json(valid)).post("/applications");
        softly.assertThat(ritaApplies.statusCode()).as("registrant's valid application afterwards: "
                + ritaApplies.asString()).isEqualTo(201);
        Response ottoApplies = api.as(otto.login()).body(json(applicationBody(otto.id(), "C", "ENTRY_AUDIT")))
                .post("/applications");
        softly.assertThat(ottoApplies.statusCode()).as("other registrant's valid application afterwards: "
                + ottoApplies.asString()).isEqualTo(201);
    }

    @Test
    @DisplayName("POST /applications/{id}/audit: missing or malformed date and auditor, past date, not an auditor")
    void planAudit() {
        api.clock("2026-02-02");
        Person rita = registrant("registrant");
        long application = applyFor(rita, "C", "ENTRY_AUDIT");
        String path = "/applications/" + application + "/audit";
        Map<String, Object> valid = body("date", "2026-02-09", "auditor", auditor.username());
        String before = state("/applications/" + application);

        expect(400, office, "POST", path, without(valid, "date"), "date");
        expect(400, office, "POST", path, without(valid, "auditor"), "auditor");
        expect(400, office, "POST", path, with(valid, "date", 20260209), "date");
        expect(400, office, "POST", path, with(valid, "date", "2026-02-30"), "date");
        expect(400, office, "POST", path, with(valid, "date", "09-02-2026"), "date");
        expect(400, office, "POST", path, with(valid, "date", "2026-02-01"), "date");
        expect(400, office, "POST", path, with(valid, "auditor", 42), "auditor");
        expect(400, office, "POST", path, with(valid, "auditor", ""), "auditor");
        malformed(office, "POST", path);
        // an account without the AUDITOR role, or none at all (API.md names no status: a clear 400 or 422)
        expectAny(Set.of(400, 422), office, "POST", path, with(valid, "auditor", office.username()));
        expectAny(Set.of(400, 422), office, "POST", path, with(valid, "auditor", Api.unique("niemand")));
        expect(403, rita.login(), "POST", path, valid);
        expect(403, auditor, "POST", path, valid);
        expect(404, office, "POST", "/applications/" + UNKNOWN + "/audit", valid);

        String after = state("/applications/" + application);
        softly.assertThat(after).as("application after refused audit plans").isEqualTo(before);
        softly.assertThat(JsonPath.from(after).getString("status")).isEqualTo("APPLIED");
        softly.assertThat(JsonPath.from(after).getString("audit.date")).isNull();
    }

    @Test
    @DisplayName("POST /applications/{id}/decision: before the audit, missing passed/reason, bad level, roles, twice")
    void decideApplication() {
        api.clock("2026-02-02");
        Person rita = registrant("registrant");
        long application = applyFor(rita, "C", "ENTRY_AUDIT");
        String path = "/applications/" + application + "/decision";
        Map<String, Object> pass = body("passed", true, "level", "C");
        String before = state("/applications/" + application);

        expect(422, office, "POST", path, pass);          // no audit planned
        softly.assertThat(state("/applications/" + application)).as("application after 422").isEqualTo(before);
        api.planAudit(office, application, "2026-02-09", auditor);
        before = state("/applications/" + application);
        expect(422, auditor, "POST", path, pass);         // before the audit's day
        api.clock("2026-02-09");
        Login otherAuditor = name(api.staff("AUDITOR"), "other auditor");

        expect(400, auditor, "POST", path, body(), "passed");
        expect(400, auditor, "POST", path, body("level", "C"), "passed");
        expect(400, auditor, "POST", path, body("passed", "yes", "level", "C"), "passed");
        expect(400, auditor, "POST", path, with(pass, "level", "D"), "level");
        expect(400, auditor, "POST", path, with(pass, "startDate", 20260209), "startDate");
        expect(400, auditor, "POST", path, with(pass, "startDate", "2026-02-10"), "startDate");   // in the future
        expect(400, auditor, "POST", path, body("passed", false), "reason");
        expect(400, auditor, "POST", path, body("passed", false, "reason", "   "), "reason");
        malformed(auditor, "POST", path);
        expect(422, auditor, "POST", path, with(pass, "level", "A"));   // MBO+, 1 year: not level A
        expect(403, otherAuditor, "POST", path, pass);
        expect(403, rita.login(), "POST", path, pass);
        expect(404, office, "POST", "/applications/" + UNKNOWN + "/decision", pass);

        softly.assertThat(state("/applications/" + application)).as("application after refused decisions")
                .isEqualTo(before);
        softly.assertThat(api.as(rita.login()).get("/registrants/" + rita.id()).jsonPath()
                .getList("registrationIds")).as("registrations after refused decisions").isEmpty();

        // a course admission is for the level applied for (B), whatever level the decision names
        Person bert = registrant("course graduate");
        long course = api.as(bert.login()).body(json(with(applicationBody(bert.id(), "B", "COURSE"),
                "courseCompletedOn", "2026-01-15"))).post("/applications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String courseBefore = state("/applications/" + course);
        expect(422, office, "POST", "/applications/" + course + "/decision", body("passed", true, "level", "A"));
        expect(422, office, "POST", "/applications/" + course + "/decision", body("passed", true, "level", "C"));
        softly.assertThat(state("/applications/" + course)).as("course application after 422s")
                .isEqualTo(courseBefore);

        long registration = api.pass(auditor, application, "C", "2026-02-09");
        String decided = state("/applications/" + application);
        expect(409, auditor, "POST", path, body("passed", false, "reason", "Toch niet."));
        expect(409, office, "POST", path, pass);
        softly.assertThat(state("/applications/" + application)).as("decided application after 409s")
                .isEqualTo(decided);
        softly.assertThat(api.as(rita.login()).get("/registrants/" + rita.id()).jsonPath()
                .getList("registrationIds", Long.class)).as("registrations after 409s").containsExactly(registration);
    }

    // ------------------------------------------------------------------------------------------------------------
    // registrations
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("POST /registrations/{id}/transitions: missing/stale version, illegal and unknown targets, roles")
    void transitions() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        Admitted otto = admitted("C", "2026-02-02", "other registrant");
        api.clock("2026-03-02");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        String path = "/registrations/" + registration + "/transitions";
        long version = api.registration(office, registration).getLong("version");
        long stale = version > 0 ? version - 1 : version + 1;
        Map<String, Object> withdraw = body("to", "WITHDRAWN", "reason", "Andere baan.", "version", version);
        String before = registrationState(registration);

        expect(400, login, "POST", path, without(withdraw, "version"), "version");
        expect(400, login, "POST", path, with(withdraw, "version", null), "version");
        expect(400, login, "POST", path, with(withdraw, "version", "x"), "version");
        expect(400, login, "POST", path, with(withdraw, "version", 1.5), "version");
        expect(400, login, "POST", path, without(withdraw, "to"), "to");
        expect(400, login, "POST", path, with(withdraw, "to", "DEAD"), "to");
        expect(400, login, "POST", path, with(withdraw, "to", "withdrawn"), "to");
        malformed(login, "POST", path);
        expect(409, login, "POST", path, with(withdraw, "version", stale));
        expect(409, login, "POST", path, with(withdraw, "to", "ACTIVE"));
        expect(409, login, "POST", path, with(withdraw, "to", "LAPSED"));
        expect(409, office, "POST", path, with(withdraw, "to", "LAPSED"));
        expect(403, login, "POST", path, with(withdraw, "to", "STRUCK_OFF"));
        expect(400, office, "POST", path, body("to", "STRUCK_OFF", "version", version), "reason");
        expect(400, office, "POST", path, body("to", "STRUCK_OFF", "reason", " ", "version", version), "reason");
        expect(404, otto.person().login(), "POST", path, withdraw);
        expect(404, login, "POST", "/registrations/" + UNKNOWN + "/transitions", withdraw);
        expect(403, auditor, "POST", path, withdraw);

        String after = registrationState(registration);
        softly.assertThat(after).as("registration after refused transitions").isEqualTo(before);

        // withdrawn, it can go nowhere by these requests
        JsonPath withdrawn = api.as(login).body(json(withdraw)).post(path).then().statusCode(200)
                .extract().jsonPath();
        long now = api.registration(office, registration).getLong("version");
        before = registrationState(registration);
        expect(409, login, "POST", path, with(withdraw, "version", now));
        expect(409, office, "POST", path, body("to", "STRUCK_OFF", "reason", "Fraude.", "version", now));
        expect(409, office, "POST", path, body("to", "ACTIVE", "reason", "Terug.", "version", now));
        softly.assertThat(registrationState(registration)).as("withdrawn registration after 409s").isEqualTo(before);
        softly.assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
    }

    // ------------------------------------------------------------------------------------------------------------
    // the renewal dossier
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("POST /registrations/{id}/pe-activities: missing fields, wrong types, points and dates out of range")
    void addPeActivity() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        Admitted otto = admitted("C", "2026-02-02", "other registrant");
        api.clock("2026-06-01");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        String path = "/registrations/" + registration + "/pe-activities";
        Map<String, Object> valid = peBody("2026-03-10");
        String before = registrationState(registration);

        badPeBodies(login, "POST", path, valid);
        expectAnyAs("text/plain", Set.of(400, 415), login, "POST", path, valid);
        expect(404, otto.person().login(), "POST", path, valid);
        expect(404, login, "POST", "/registrations/" + UNKNOWN + "/pe-activities", valid);
        expect(404, login, "POST", "/registrations/" + otto.registrationId() + "/pe-activities", valid);
        expectAny(Set.of(400, 404), login, "POST", "/registrations/abc/pe-activities", valid);
        expect(403, auditor, "POST", path, valid);

        softly.assertThat(registrationState(registration)).as("registration after refused PE activities")
                .isEqualTo(before);
        softly.assertThat(api.renewal(office, registration).getList("peActivities")).isEmpty();
        softly.assertThat(api.renewal(office, otto.registrationId()).getList("peActivities")).isEmpty();
        Response added = api.as(login).body(json(valid)).post(path);
        softly.assertThat(added.statusCode()).as("valid PE activity afterwards: " + added.asString()).isEqualTo(201);
    }

    @Test
    @DisplayName("PUT /pe-activities/{id}: the same bad bodies, another registrant's, unknown, wrong role")
    void changePeActivity() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        Admitted otto = admitted("C", "2026-02-02", "other registrant");
        api.clock("2026-06-01");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        long activity = api.peActivity(login, registration, "2026-03-10", 5, "TRAINING");
        String path = "/pe-activities/" + activity;
        Map<String, Object> valid = with(with(peBody("2026-04-01"), "points", 7), "category", "NETWORK");
        String before = registrationState(registration);
        String activityBefore = state(path);

        badPeBodies(login, "PUT", path, valid);
        expect(404, otto.person().login(), "PUT", path, valid);
        expect(404, login, "PUT", "/pe-activities/" + UNKNOWN, valid);
        expect(403, auditor, "PUT", path, valid);

        softly.assertThat(state(path)).as("PE activity after refused changes").isEqualTo(activityBefore);
        softly.assertThat(registrationState(registration)).as("registration after refused changes").isEqualTo(before);
        Response changed = api.as(login).body(json(valid)).put(path);
        softly.assertThat(changed.statusCode()).as("valid change afterwards: " + changed.asString()).isEqualTo(200);
        softly.assertThat(api.as(login).get(path).jsonPath().getInt("points")).isEqualTo(7);
    }

    @Test
    @DisplayName("DELETE /pe-activities/{id}: another registrant's, unknown, wrong role")
    void deletePeActivity() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        Admitted otto = admitted("C", "2026-02-02", "other registrant");
        api.clock("2026-06-01");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        long activity = api.provenActivity(login, registration, "2026-03-10", 5, "TRAINING");
        String path = "/pe-activities/" + activity;
        String before = registrationState(registration);

        expect(404, otto.person().login(), "DELETE", path, null);
        expect(404, login, "DELETE", "/pe-activities/" + UNKNOWN, null);
        expect(403, auditor, "DELETE", path, null);

        softly.assertThat(registrationState(registration)).as("registration after refused deletes").isEqualTo(before);
        softly.assertThat(api.renewal(login, registration).getList("peActivities")).hasSize(1);
        softly.assertThat(api.as(login).delete(path).statusCode()).as("valid delete afterwards").isEqualTo(204);
    }

    @Test
    @DisplayName("PUT /pe-activities/{id}/evidence: empty, not an allowed type, over 10 MB, another's, wrong role")
    void uploadEvidence() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        Admitted otto = admitted("C", "2026-02-02", "other registrant");
        api.clock("2026-06-01");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        long activity = api.provenActivity(login, registration, "2026-03-10", 5, "TRAINING");
        String path = "/pe-activities/" + activity + "/evidence";
        String before = registrationState(registration);
        String activityBefore = state("/pe-activities/" + activity);

        expectUpload(400, login, path, new byte[0], "application/pdf", "file");
        expectUpload(415, login, path, TEXT, "application/pdf");
        expectUpload(415, login, path, HTML, "image/png");
        expectUpload(415, login, path, "GIF89a....".getBytes(StandardCharsets.US_ASCII), "image/jpeg");
        expectUpload(413, login, path, TOO_LARGE, "application/pdf");
        expectUpload(404, otto.person().login(), path, Api.PDF, "application/pdf");
        expectUpload(404, login, "/pe-activities/" + UNKNOWN + "/evidence", Api.PDF, "application/pdf");
        expectUpload(403, auditor, path, Api.PDF, "application/pdf");

        softly.assertThat(state("/pe-activities/" + activity)).as("PE activity (its evidence) after refused uploads")
                .isEqualTo(activityBefore);
        softly.assertThat(registrationState(registration)).as("registration after refused uploads").isEqualTo(before);
    }

    @Test
    @DisplayName("PUT /registrations/{id}/declaration: missing fields, wrong types, another's, wrong role")
    void signDeclaration() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        Admitted otto = admitted("C", "2026-02-02", "other registrant");
        api.clock("2026-06-01");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        String path = "/registrations/" + registration + "/declaration";
        Map<String, Object> valid = declarationBody();
        String before = registrationState(registration);

        for (String field : List.of("employer", "jobTitle", "stillInFunction")) {
            expect(400, login, "PUT", path, without(valid, field), field);
        }
        expect(400, login, "PUT", path, with(valid, "stillInFunction", "yes"), "stillInFunction");
        expect(400, login, "PUT", path, with(valid, "stillInFunction", 1), "stillInFunction");
        expect(400, login, "PUT", path, with(valid, "employer", ""), "employer");
        expect(400, login, "PUT", path, with(valid, "employer", "x".repeat(201)), "employer");
        expect(400, login, "PUT", path, with(valid, "jobTitle", 42), "jobTitle");
        malformed(login, "PUT", path);
        expect(404, otto.person().login(), "PUT", path, valid);
        expect(404, login, "PUT", "/registrations/" + UNKNOWN + "/declaration", valid);
        expect(403, auditor, "PUT", path, valid);

        softly.assertThat(registrationState(registration)).as("registration after refused declarations")
                .isEqualTo(before);
        softly.assertThat(requirementMet(login, registration, "DECLARATION")).isFalse();
    }

    @Test
    @DisplayName("PUT /registrations/{id}/questionnaire: level C 422, unknown question 400, wrong shapes, another's")
    void answerQuestionnaire() {
        Admitted carla = admitted("C", "2026-02-02", "registrant at level C");
        Admitted rita = admitted("B", "2026-02-02", "registrant");
        Admitted otto = admitted("B", "2026-02-02", "other registrant");
        api.clock("2026-06-01");
        Map<String, Object> answers = body("answers", body("JOB_CHANGES", "Geen wijzigingen.",
                "MAIN_FOCUS", "Bedrijventerreinen.", "KEY_RESULT", "Loket.", "DEVELOPMENT_WISH", "Onderhandelen."));

        String carlaBefore = registrationState(carla.registrationId());
        String carlaPath = "/registrations/" + carla.registrationId() + "/questionnaire";
        expect(422, carla.person().login(), "PUT", carlaPath, answers);
        expect(422, office, "PUT", carlaPath, answers);
        softly.assertThat(registrationState(carla.registrationId())).as("level C registration after 422")
                .isEqualTo(carlaBefore);

        long registration = rita.registrationId();
        Login login = rita.person().login();
        String path = "/registrations/" + registration + "/questionnaire";
        api.as(login).body(json(body("answers", body("JOB_CHANGES", "Geen wijzigingen.")))).put(path)
                .then().statusCode(200);
        String before = registrationState(registration) + state(path);

        expect(400, login, "PUT", path, body("answers", body("NOPE", "Iets.")), "answers.NOPE");
        expect(400, login, "PUT", path, body("answers", body("MAIN_FOCUS", "Bedrijven.", "NOPE", "Iets.")),
                "answers.NOPE");
        expect(400, login, "PUT", path, body(), "answers");
        expect(400, login, "PUT", path, body("answers", "alles goed"), "answers");
        expect(400, login, "PUT", path, body("answers", List.of("alles goed")), "answers");
        JsonPath mistyped = expect(400, login, "PUT", path, body("answers", body("MAIN_FOCUS", 42)), "answers");
        softly.assertThat(mistyped.getList("violations.field", String.class)).as("field of a mistyped answer")
                .anyMatch(field -> field.contains("MAIN_FOCUS"));
        JsonPath tooLong = expect(400, login, "PUT", path, body("answers", body("MAIN_FOCUS", "x".repeat(4001))),
                "answers");
        softly.assertThat(tooLong.getList("violations.field", String.class)).as("field of a too long answer")
                .anyMatch(field -> field.contains("MAIN_FOCUS"));
        malformed(login, "PUT", path);
        expect(404, otto.person().login(), "PUT", path, answers);
        expect(403, auditor, "PUT", path, answers);

        softly.assertThat(registrationState(registration) + state(path)).as("questionnaire after refused answers")
                .isEqualTo(before);
        softly.assertThat(api.as(login).get(path).jsonPath().getMap("answers"))
                .containsExactly(Map.entry("JOB_CHANGES", "Geen wijzigingen."));
    }

    @Test
    @DisplayName("POST /registrations/{id}/portfolio: level C 422, missing fields, another's, a second proposal 409")
    void proposePortfolio() {
        Admitted carla = admitted("C", "2026-02-02", "registrant at level C");
        Admitted rita = admitted("B", "2026-02-02", "registrant");
        Admitted otto = admitted("B", "2026-02-02", "other registrant");
        api.clock("2026-03-02");
        Map<String, Object> valid = proposalBody();

        String carlaBefore = registrationState(carla.registrationId());
        expect(422, carla.person().login(), "POST", "/registrations/" + carla.registrationId() + "/portfolio", valid);
        softly.assertThat(registrationState(carla.registrationId())).as("level C registration after 422")
                .isEqualTo(carlaBefore);

        long registration = rita.registrationId();
        Login login = rita.person().login();
        String path = "/registrations/" + registration + "/portfolio";
        String before = registrationState(registration);
        expect(400, login, "POST", path, without(valid, "title"), "title");
        expect(400, login, "POST", path, without(valid, "description"), "description");
        expect(400, login, "POST", path, with(valid, "title", ""), "title");
        expect(400, login, "POST", path, with(valid, "title", 42), "title");
        expect(400, login, "POST", path, with(valid, "description", "x".repeat(4001)), "description");
        expect(400, login, "POST", path, with(valid, "localLevel", "yes"), "localLevel");
        malformed(login, "POST", path);
        expect(404, otto.person().login(), "POST", path, valid);
        expect(404, login, "POST", "/registrations/" + UNKNOWN + "/portfolio", valid);
        expect(403, auditor, "POST", path, valid);
        softly.assertThat(registrationState(registration)).as("registration after refused proposals")
                .isEqualTo(before);
        softly.assertThat(api.renewal(login, registration).getString("portfolio")).isNull();

        api.propose(login, registration, false);
        String proposed = registrationState(registration);
        expect(409, login, "POST", path, valid);
        softly.assertThat(registrationState(registration)).as("registration after a second proposal")
                .isEqualTo(proposed);
    }

    @Test
    @DisplayName("POST /portfolio/{id}/decision: rejection without reason 400, level A without local level 422, roles")
    void decidePortfolio() {
        Admitted rita = admitted("B", "2026-02-02", "registrant");
        Admitted otto = admitted("B", "2026-02-02", "other registrant");
        Admitted anna = admitted("A", "2026-02-02", "registrant at level A");
        api.clock("2026-03-02");
        long portfolio = api.propose(rita.person().login(), rita.registrationId(), false);
        String path = "/portfolio/" + portfolio + "/decision";
        String before = state("/portfolio/" + portfolio) + registrationState(rita.registrationId());

        expect(400, office, "POST", path, body("approved", false), "reason");
        expect(400, auditor, "POST", path, body("approved", false, "reason", "  "), "reason");
        expect(400, office, "POST", path, body(), "approved");
        expect(400, office, "POST", path, body("approved", "yes"), "approved");
        expect(400, office, "POST", path, body("approved", false, "reason", 42), "reason");
        malformed(office, "POST", path);
        expect(403, rita.person().login(), "POST", path, body("approved", true));
        // another registrant's proposal: the role may not, and it is not theirs (API.md allows 403 or 404 here)
        expectAny(Set.of(403, 404), otto.person().login(), "POST", path, body("approved", true));
        expect(404, office, "POST", "/portfolio/" + UNKNOWN + "/decision", body("approved", true));
        softly.assertThat(state("/portfolio/" + portfolio) + registrationState(rita.registrationId()))
                .as("portfolio after refused decisions").isEqualTo(before);

        long aimless = api.propose(anna.person().login(), anna.registrationId(), false);
        String aimlessBefore = state("/portfolio/" + aimless);
        expect(422, office, "POST", "/portfolio/" + aimless + "/decision", body("approved", true));
        expect(422, auditor, "POST", "/portfolio/" + aimless + "/decision", body("approved", true));
        softly.assertThat(state("/portfolio/" + aimless)).as("level A proposal after 422").isEqualTo(aimlessBefore);
        softly.assertThat(JsonPath.from(aimlessBefore).getString("status")).isEqualTo("PROPOSED");

        api.judgePortfolio(auditor, portfolio, true, null).then().statusCode(200);
        String approved = state("/portfolio/" + portfolio);
        expect(409, office, "POST", path, body("approved", false, "reason", "Toch niet."));
        expect(409, office, "POST", path, body("approved", true));
        softly.assertThat(state("/portfolio/" + portfolio)).as("approved portfolio after 409s").isEqualTo(approved);
    }

    @Test
    @DisplayName("PUT /portfolio/{id}/report: not approved, not enrolled, on/after the meeting 422; not a PDF 415")
    void uploadPracticeReport() {
        Admitted rita = admitted("B", "2026-02-02", "registrant");
        Admitted otto = admitted("B", "2026-02-02", "other registrant");
        api.clock("2026-03-02");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        long portfolio = api.propose(login, registration, false);
        String path = "/portfolio/" + portfolio + "/report";

        String before = state("/portfolio/" + portfolio) + registrationState(registration);
        expectUpload(422, login, path, Api.PDF, "application/pdf");           // not approved
        softly.assertThat(state("/portfolio/" + portfolio) + registrationState(registration))
                .as("after a report on a proposal").isEqualTo(before);

        api.judgePortfolio(office, portfolio, true, null).then().statusCode(200);
        before = state("/portfolio/" + portfolio) + registrationState(registration);
        expectUpload(422, login, path, Api.PDF, "application/pdf");           // not enrolled
        softly.assertThat(state("/portfolio/" + portfolio) + registrationState(registration))
                .as("after a report without a meeting").isEqualTo(before);

        long meeting = api.meeting(office, "2026-10-01");
        api.enrol(office, meeting, registration).then().statusCode(200);
        before = state("/portfolio/" + portfolio) + registrationState(registration);
        expectUpload(415, login, path, PNG, "image/png");
        expectUpload(415, login, path, PNG, "application/pdf");
        expectUpload(415, login, path, TEXT, "application/pdf");
        expectUpload(400, login, path, new byte[0], "application/pdf", "file");
        expectUpload(413, login, path, TOO_LARGE, "application/pdf");
        expectUpload(404, otto.person().login(), path, Api.PDF, "application/pdf");
        expectUpload(404, login, "/portfolio/" + UNKNOWN + "/report", Api.PDF, "application/pdf");
        expectUpload(403, auditor, path, Api.PDF, "application/pdf");
        softly.assertThat(state("/portfolio/" + portfolio) + registrationState(registration))
                .as("after refused reports before the meeting").isEqualTo(before);

        String portfolioBefore = state("/portfolio/" + portfolio);
        long version = api.registration(office, registration).getLong("version");
        api.clock("2026-10-01");
        expectUpload(422, login, path, Api.PDF, "application/pdf");           // on the meeting's date
        api.clock("2026-10-02");
        expectUpload(422, login, path, Api.PDF, "application/pdf");           // after it
        softly.assertThat(state("/portfolio/" + portfolio)).as("portfolio after late reports")
                .isEqualTo(portfolioBefore);
        softly.assertThat(JsonPath.from(portfolioBefore).getString("report")).isNull();
        softly.assertThat(api.registration(office, registration).getLong("version")).as("version after late reports")
                .isEqualTo(version);
    }

    // ------------------------------------------------------------------------------------------------------------
    // meetings
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("POST /meetings: missing or malformed date and location, roles that may not")
    void planMeeting() {
        Person rita = registrant("registrant");
        Map<String, Object> valid = meetingBody("2026-10-01");
        expect(400, office, "POST", "/meetings", without(valid, "date"), "date");
        expect(400, office, "POST", "/meetings", without(valid, "location"), "location");
        expect(400, office, "POST", "/meetings", with(valid, "date", 20261001), "date");
        expect(400, office, "POST", "/meetings", with(valid, "date", "1 oktober"), "date");
        expect(400, office, "POST", "/meetings", with(valid, "location", ""), "location");
        expect(400, office, "POST", "/meetings", with(valid, "location", 42), "location");
        malformed(office, "POST", "/meetings");
        expect(403, auditor, "POST", "/meetings", valid);
        expect(403, rita.login(), "POST", "/meetings", valid);
        // meetings cannot be listed through the API: what was not created cannot be read back
        Response planned = api.as(office).body(json(valid)).post("/meetings");
        softly.assertThat(planned.statusCode()).as("valid meeting afterwards: " + planned.asString()).isEqualTo(201);
    }

    @Test
    @DisplayName("POST /meetings/{id}/enrolments: missing id, unknown ids, level C, outside the year, roles, twice")
    void enrol() {
        Admitted carla = admitted("C", "2026-02-02", "registrant at level C");
        Admitted rita = admitted("B", "2026-02-02", "registrant");
        api.clock("2026-03-02");
        long registration = rita.registrationId();
        long meeting = api.meeting(office, "2026-10-01");
        long other = api.meeting(office, "2026-11-01");
        long nextYear = api.meeting(office, "2027-03-01");
        String path = "/meetings/" + meeting + "/enrolments";
        Map<String, Object> valid = body("registrationId", registration);
        String before = registrationState(registration);
        String carlaBefore = registrationState(carla.registrationId());

        expect(400, office, "POST", path, body(), "registrationId");
        expect(400, office, "POST", path, body("registrationId", "x"), "registrationId");
        expect(400, office, "POST", path, body("registrationId", 1.5), "registrationId");
        malformed(office, "POST", path);
        expect(404, office, "POST", path, body("registrationId", UNKNOWN));
        expect(404, office, "POST", "/meetings/" + UNKNOWN + "/enrolments", valid);
        expect(422, office, "POST", path, body("registrationId", carla.registrationId()));   // no peer review at C
        expect(422, office, "POST", "/meetings/" + nextYear + "/enrolments", valid);         // outside the year
        expect(403, rita.person().login(), "POST", path, valid);
        expect(403, auditor, "POST", path, valid);

        softly.assertThat(registrationState(registration)).as("registration after refused enrolments")
                .isEqualTo(before);
        softly.assertThat(registrationState(carla.registrationId())).as("level C registration after 422")
                .isEqualTo(carlaBefore);
        softly.assertThat(api.renewal(office, registration).getString("meeting")).isNull();

        api.enrol(office, meeting, registration).then().statusCode(200);
        String enrolled = registrationState(registration);
        expect(409, office, "POST", "/meetings/" + other + "/enrolments", valid);           // one meeting a year
        softly.assertThat(registrationState(registration)).as("registration after a second enrolment")
                .isEqualTo(enrolled);
        softly.assertThat(api.renewal(office, registration).getLong("meeting.id")).isEqualTo(meeting);
    }

    @Test
    @DisplayName("POST /meetings/{id}/attendance: before the meeting, not enrolled 422; missing fields; roles")
    void recordAttendance() {
        Admitted rita = admitted("B", "2026-02-02", "registrant");
        Admitted otto = admitted("B", "2026-02-02", "other registrant");
        api.clock("2026-03-02");
        long registration = rita.registrationId();
        long meeting = api.meeting(office, "2026-10-01");
        api.enrol(office, meeting, registration).then().statusCode(200);
        String path = "/meetings/" + meeting + "/attendance";
        Map<String, Object> valid = body("registrationId", registration, "presented", true);

        api.clock("2026-09-30");
        String before = registrationState(registration);
        expect(422, office, "POST", path, valid);                                              // the day before
        softly.assertThat(registrationState(registration)).as("registration after attendance before the meeting")
                .isEqualTo(before);

        api.clock("2026-10-01");
        before = registrationState(registration);
        String ottoBefore = registrationState(otto.registrationId());
        expect(422, office, "POST", path, body("registrationId", otto.registrationId(), "presented", true));
        expect(400, office, "POST", path, without(valid, "presented"), "presented");
        expect(400, office, "POST", path, without(valid, "registrationId"), "registrationId");
        expect(400, office, "POST", path, with(valid, "presented", "yes"), "presented");
        expect(400, office, "POST", path, with(valid, "registrationId", "x"), "registrationId");
        malformed(office, "POST", path);
        expect(404, office, "POST", "/meetings/" + UNKNOWN + "/attendance", valid);
        expect(404, office, "POST", path, with(valid, "registrationId", UNKNOWN));
        expect(403, rita.person().login(), "POST", path, valid);
        expect(403, auditor, "POST", path, valid);

        softly.assertThat(registrationState(registration)).as("registration after refused attendance")
                .isEqualTo(before);
        softly.assertThat(registrationState(otto.registrationId())).as("not enrolled registration after 422")
                .isEqualTo(ottoBefore);
        softly.assertThat(api.renewal(office, registration).getBoolean("meeting.attended")).isFalse();
    }

    // ------------------------------------------------------------------------------------------------------------
    // submission and decision
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("POST /registrations/{id}/submission: incomplete 422 with missing; once submitted every change 409")
    void submitAndChangeSubmitted() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        Admitted otto = admitted("C", "2026-02-02", "other registrant");
        api.clock("2026-06-01");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        String reg = "/registrations/" + registration;
        long activity = api.peActivity(login, registration, "2026-03-10", 5, "TRAINING");
        String before = registrationState(registration);

        JsonPath incomplete = expect(422, login, "POST", reg + "/submission", null);
        softly.assertThat(incomplete.getList("missing", String.class)).as("missing of an incomplete dossier")
                .containsExactlyInAnyOrder("DECLARATION", "PE_POINTS", "PE_EVIDENCE");
        expect(404, otto.person().login(), "POST", reg + "/submission", null);
        expect(404, login, "POST", "/registrations/" + UNKNOWN + "/submission", null);
        expect(403, auditor, "POST", reg + "/submission", null);
        softly.assertThat(registrationState(registration)).as("registration after refused submissions")
                .isEqualTo(before);
        softly.assertThat(api.renewal(login, registration).getString("status")).isEqualTo("OPEN");

        api.evidence(login, activity);
        api.provenActivity(login, registration, "2026-04-10", 3, "NETWORK");
        api.declare(login, registration);
        api.submit(login, registration).then().statusCode(200);
        String submitted = registrationState(registration);

        expect(409, login, "POST", reg + "/submission", null);
        expect(409, login, "POST", reg + "/pe-activities", peBody("2026-05-01"));
        expect(409, login, "PUT", "/pe-activities/" + activity, peBody("2026-05-01"));
        expect(409, login, "DELETE", "/pe-activities/" + activity, null);
        expectUpload(409, login, "/pe-activities/" + activity + "/evidence", Api.PDF, "application/pdf");
        expect(409, login, "PUT", reg + "/declaration", with(declarationBody(), "employer", "Gemeente Anders"));
        expect(409, office, "POST", reg + "/pe-activities", peBody("2026-05-01"));
        softly.assertThat(registrationState(registration)).as("submitted dossier after refused changes")
                .isEqualTo(submitted);
        softly.assertThat(api.renewal(login, registration).getString("status")).isEqualTo("SUBMITTED");
        softly.assertThat(api.renewal(login, registration).getList("peActivities")).hasSize(2);
    }

    @Test
    @DisplayName("POST /registrations/{id}/renewal-decision: not submitted 409, return or refuse without reason 400")
    void decideRenewal() {
        Admitted rita = admitted("C", "2026-02-02", "registrant");
        api.clock("2026-06-01");
        long registration = rita.registrationId();
        Login login = rita.person().login();
        String path = "/registrations/" + registration + "/renewal-decision";
        api.provenActivity(login, registration, "2026-03-10", 8, "TRAINING");
        api.declare(login, registration);
        String before = registrationState(registration);

        expect(409, office, "POST", path, body("approved", true));
        expect(409, office, "POST", path, body("approved", false, "refuse", false, "reason", "Aanvullen."));
        expect(409, office, "POST", path, body("approved", false, "refuse", true, "reason", "Onvoldoende."));
        softly.assertThat(registrationState(registration)).as("open dossier after decisions on it")
                .isEqualTo(before);

        api.submit(login, registration).then().statusCode(200);
        before = registrationState(registration);
        expect(400, office, "POST", path, body("approved", false), "reason");
        expect(400, office, "POST", path, body("approved", false, "refuse", false), "reason");
        expect(400, office, "POST", path, body("approved", false, "refuse", false, "reason", " "), "reason");
        expect(400, office, "POST", path, body("approved", false, "refuse", true), "reason");
        expect(400, office, "POST", path, body(), "approved");
        expect(400, office, "POST", path, body("approved", "ja"), "approved");
        expect(400, office, "POST", path, body("approved", false, "refuse", "nee", "reason", "Aanvullen."),
                "refuse");
        malformed(office, "POST", path);
        expect(403, login, "POST", path, body("approved", true));
        expect(403, auditor, "POST", path, body("approved", true));
        expect(404, office, "POST", "/registrations/" + UNKNOWN + "/renewal-decision", body("approved", true));

        softly.assertThat(registrationState(registration)).as("submitted dossier after refused decisions")
                .isEqualTo(before);
        JsonPath after = api.registration(office, registration);
        softly.assertThat(after.getString("nextYear")).isNull();
        softly.assertThat(api.renewal(office, registration).getString("status")).isEqualTo("SUBMITTED");
        softly.assertThat(api.renewal(office, registration).getString("decisionReason")).isNull();
    }

    // ------------------------------------------------------------------------------------------------------------
    // the clock
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("PUT /admin/clock: malformed or missing instant 400, non-admins 403, the clock stays where it was")
    void moveClock() {
        api.clock("2026-04-01");
        Person rita = registrant("registrant");
        String before = clockInstant();
        softly.assertThat(before).isEqualTo("2026-04-01T09:00:00Z");

        expect(400, admin, "PUT", "/admin/clock", body("instant", "2026-13-01T09:00:00Z"), "instant");
        expect(400, admin, "PUT", "/admin/clock", body("instant", "morgen"), "instant");
        expect(400, admin, "PUT", "/admin/clock", body("instant", "2026-05-01"), "instant");
        expect(400, admin, "PUT", "/admin/clock", body("instant", 1_780_000_000), "instant");
        expect(400, admin, "PUT", "/admin/clock", body(), "instant");
        expect(400, admin, "PUT", "/admin/clock", body("instant", null), "instant");
        malformed(admin, "PUT", "/admin/clock");
        Map<String, Object> valid = body("instant", "2026-05-01T09:00:00Z");
        expect(403, office, "PUT", "/admin/clock", valid);
        expect(403, auditor, "PUT", "/admin/clock", valid);
        expect(403, rita.login(), "PUT", "/admin/clock", valid);

        softly.assertThat(clockInstant()).as("the clock after refused moves").isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers: the cases
    // ------------------------------------------------------------------------------------------------------------

    /** The PE activity body refusals shared by POST and PUT. */
    private void badPeBodies(Login login, String method, String path, Map<String, Object> valid) {
        for (String field : List.of("date", "title", "provider", "points", "category")) {
            expect(400, login, method, path, without(valid, field), field);
        }
        for (Object points : List.of("ten", "5", 2.5, 0, -1, 41, raw("1e12"), raw("99999999999999999999"),
                raw("-99999999999999999999"), raw("4.1e1"), true)) {
            expect(400, login, method, path, with(valid, "points", points), "points");
        }
        for (Object date : List.of(20260310, "10-03-2026", "2026-02-30", "", "2026-02-01", "2027-02-02",
                "2025-12-31", "2026-06-02")) {
            expect(400, login, method, path, with(valid, "date", date), "date");
        }
        expect(400, login, method, path, with(valid, "category", "SPORT"), "category");
        expect(400, login, method, path, with(valid, "category", "training"), "category");
        expect(400, login, method, path, with(valid, "category", 1), "category");
        expect(400, login, method, path, with(valid, "title", ""), "title");
        expect(400, login, method, path, with(valid, "title", "x".repeat(201)), "title");
        expect(400, login, method, path, with(valid, "provider", 42), "provider");
        malformed(login, method, path);
    }

    /** A body that is not JSON, one that is an array, and one that is a bare value: all 400. */
    private void malformed(Login who, String method, String path) {
        expect(400, who, method, path, "{\"date\": ");
        expect(400, who, method, path, "{\"title\": \"zonder sluitteken}");
        expect(400, who, method, path, "[{\"date\": \"2026-03-10\"}]");
        expect(400, who, method, path, "\"tekst\"");
    }

    private JsonPath expect(int status, Login who, String method, String path, Object body, String... fields) {
        Req request = new Req(method, path, body instanceof Map<?, ?> ? json(body) : body);
        return refused(describe(who, request), send(who, request), status, fields);
    }

    private void expectAny(Set<Integer> statuses, Login who, String method, String path, Object body) {
        Req request = new Req(method, path, json(body));
        refusedAny(describe(who, request), send(who, request), statuses);
    }

    private void expectAnyAs(String contentType, Set<Integer> statuses, Login who, String method, String path,
                             Object body) {
        Req request = new Req(method, path, json(body), contentType);
        refusedAny(describe(who, request), send(who, request), statuses);
    }

    private JsonPath expectUpload(int status, Login who, String path, byte[] content, String contentType,
                                  String... fields) {
        Req request = new Req("PUT", path, content, contentType);
        return refused(describe(who, request), send(who, request), status, fields);
    }

    /** A refusal: the status, problem JSON with status, title and detail, and for 400 the fields named. */
    private JsonPath refused(String what, Response response, int status, String... fields) {
        JsonPath json = problem(what, response, Set.of(status));
        if (fields.length > 0) {
            List<String> reported = json.getList("violations.field", String.class);
            for (String field : fields) {
                softly.assertThat(reported).as("violations of " + what + " -> " + response.asString())
                        .isNotNull()
                        .anyMatch(r -> r.equals(field) || r.startsWith(field + ".") || r.startsWith(field + "["));
            }
        }
        return json;
    }

    private void refusedAny(String what, Response response, Set<Integer> statuses) {
        problem(what, response, statuses);
    }

    private JsonPath problem(String what, Response response, Set<Integer> statuses) {
        String body = response.asString();
        String answer = what + " -> " + response.statusCode() + " " + response.contentType() + " " + body;
        softly.assertThat(response.statusCode()).as(answer).isIn(statuses);
        softly.assertThat(response.contentType()).as("Content-Type of " + answer).startsWith(PROBLEM_JSON);
        JsonPath json;
        try {
            json = new JsonPath(body == null || body.isBlank() ? "{}" : body);
            json.get();
        } catch (RuntimeException notJson) {
            softly.fail("not JSON: " + answer);
            return new JsonPath("{}");
        }
        softly.assertThat((Object) json.get("status")).as("status field of " + answer)
                .isEqualTo(response.statusCode());
        softly.assertThat(json.getString("title")).as("title of " + answer).isNotBlank();
        softly.assertThat(json.getString("detail")).as("detail of " + answer).isNotBlank();
        return json;
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers: requests
    // ------------------------------------------------------------------------------------------------------------

    /** One request: a JSON text or the bytes of a file as its body. */
    private record Req(String method, String path, Object body, String contentType) {

        Req(String method, String path, Object body) {
            this(method, path, body, body instanceof byte[] ? "application/pdf" : "application/json");
        }

        @Override
        public String toString() {
            String text = body == null ? "" : body instanceof byte[] bytes
                    ? "<" + bytes.length + " bytes " + contentType + ">" : body.toString();
            if (text.length() > 160) {
                text = text.substring(0, 160) + "…";
            }
            return method + " " + path + (text.isEmpty() ? "" : " " + text)
                    + ("application/json".equals(contentType) || body instanceof byte[] ? ""
                    : " (Content-Type " + contentType + ")");
        }
    }

    private RequestSpecification spec(Login who, Req request) {
        RequestSpecification spec = given().baseUri(api.base()).basePath("/api");
        if (who != null) {
            spec = spec.auth().preemptive().basic(who.username(), who.password());
        }
        if (request.body() instanceof byte[] bytes) {
            spec = spec.contentType(request.contentType())
                    .header("Content-Disposition", "attachment; filename=\"bestand.pdf\"").body(bytes);
        } else if (request.body() != null) {
            spec = spec.contentType(request.contentType() + "; charset=UTF-8")
                    .body(request.body().toString().getBytes(StandardCharsets.UTF_8));
        }
        return spec.accept("application/json");
    }

    private Response send(Login who, Req request) {
        return spec(who, request).request(request.method(), request.path());
    }

    private String describe(Login who, Req request) {
        return (who == null ? "anonymous" : names.getOrDefault(who.username(), who.username())) + " " + request;
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers: state read through the API
    // ------------------------------------------------------------------------------------------------------------

    /** The registration and its renewal dossier as the office reads them. */
    private String registrationState(long registrationId) {
        return state("/registrations/" + registrationId) + "\n" + state("/registrations/" + registrationId + "/renewal");
    }

    private String state(String path) {
        Response response = api.as(office).get(path);
        assertThat(response.statusCode()).as("GET " + path + " -> " + response.asString()).isEqualTo(200);
        return response.asString();
    }

    private boolean requirementMet(Login login, long registrationId, String code) {
        return api.renewal(login, registrationId).getBoolean("requirements.find { it.code == '" + code + "' }.met");
    }

    /** What the server's clock says: the moment a fresh application is recorded. */
    private String clockInstant() {
        Person witness = api.registrant(office, "Klok", Api.unique("Kijker"));
        return api.as(witness.login()).body(json(applicationBody(witness.id(), "C", "ENTRY_AUDIT")))
                .post("/applications").then().statusCode(201).extract().path("appliedAt");
    }

    private void noAccount(String username, String password) {
        Response response = api.as(new Login(username, password)).get("/registrants/" + UNKNOWN);
        softly.assertThat(response.statusCode()).as("account " + username + " must not exist: " + response.asString())
                .isEqualTo(401);
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers: people and bodies
    // ------------------------------------------------------------------------------------------------------------

    private Login name(Login login, String name) {
        names.put(login.username(), name);
        return login;
    }

    private Person registrant(String name) {
        Person person = api.registrant(office, "Rita", Api.unique("Regels"));
        name(person.login(), name);
        return person;
    }

    private Admitted admitted(String level, String day, String name) {
        Admitted admitted = api.admitted(office, auditor, level, day);
        name(admitted.person().login(), name);
        return admitted;
    }

    private long applyFor(Person person, String level, String route) {
        return api.as(person.login()).body(json(applicationBody(person.id(), level, route))).post("/applications")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> registrantBody(String username) {
        return body("firstName", "Rita", "lastName", "Regels", "email", username + "@gemeente.example",
                "employer", "Gemeente Voorbeeld", "jobTitle", "Accountmanager bedrijven", "username", username,
                "password", PASSWORD);
    }

    private static Map<String, Object> accountBody(String username) {
        return body("username", username, "password", PASSWORD, "roles", List.of("OFFICE"));
    }

    private static Map<String, Object> applicationBody(long registrantId, String level, String route) {
        String workLevel = switch (level) {
            case "A" -> "WO_PLUS";
            case "B" -> "HBO_PLUS";
            default -> "MBO_PLUS";
        };
        int years = switch (level) {
            case "A" -> 8;
            case "B" -> 4;
            default -> 1;
        };
        return body("registrantId", registrantId, "register", "AMB", "requestedLevel", level, "route", route,
                "experienceYears", years, "workLevel", workLevel, "functionLevel", level);
    }

    private static Map<String, Object> peBody(String date) {
        return body("date", date, "title", "Workshop ondernemersloket", "provider", "VNG Academie", "points", 5,
                "category", "TRAINING");
    }

    private static Map<String, Object> declarationBody() {
        return body("employer", "Gemeente Voorbeeld", "jobTitle", "Accountmanager bedrijven",
                "stillInFunction", true);
    }

    private static Map<String, Object> proposalBody() {
        return body("title", "Samenwerking ondernemersvereniging",
                "description", "Een gezamenlijk plan met de lokale ondernemersvereniging.", "localLevel", false);
    }

    private static Map<String, Object> meetingBody(String date) {
        return body("date", date, "location", "Utrecht, Stadskantoor");
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers: JSON written exactly as the case needs it
    // ------------------------------------------------------------------------------------------------------------

    /** JSON text to put verbatim, for numbers no Java type writes the same way. */
    private record Raw(String json) {
    }

    private static Raw raw(String json) {
        return new Raw(json);
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> base, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.remove(key);
        return copy;
    }

    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Raw raw) {
            return raw.json();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> quote(e.getKey().toString()) + ":" + json(e.getValue()))
                    .collect(joining(",", "{", "}"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(BadInputIT::json).collect(joining(",", "[", "]"));
        }
        throw new IllegalArgumentException("no JSON for " + value.getClass());
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static byte[] tooLargePdf() {
        byte[] content = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(content, (byte) ' ');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }
}
