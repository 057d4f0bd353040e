package nl.beroepsregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of the API called by every kind of caller: nobody signed in, the registrant it belongs to, another
 * registrant, an auditor with nothing assigned, the office and an administrator. A caller who may not gets 401
 * (not signed in), 403 (a role that may not: the same for every id) or 404 (another registrant's data where a
 * registrant may see their own: never 403, so that ids reveal nothing); a caller who may is never refused for who
 * they are (the rules may still refuse what they ask). Requests are well-formed: a malformed one is refused as such
 * before any id is looked at, the same for every id.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    enum Who { ANONYMOUS, OWNER, OTHER_REGISTRANT, AUDITOR, OFFICE, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> STAFF = EnumSet.of(Who.OFFICE, Who.ADMIN);
    private static final Set<Who> OWNER_AND_STAFF = EnumSet.of(Who.OWNER, Who.OFFICE, Who.ADMIN);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    record Endpoint(Method method, String path, Object body, Set<Who> allowed, boolean registrantData) {
    }

    @Test
    @DisplayName("Each endpoint refuses each caller who may not, in the right way, and lets the others through")
    void matrix() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login auditor = api.staff("AUDITOR");
        Login idleAuditor = api.staff("AUDITOR");
        Admitted owner = api.admitted(office, auditor, "B", "2026-01-05");
        Admitted other = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-03-01");
        long registration = owner.registrationId();
        long activity = api.provenActivity(owner.person().login(), registration, "2026-02-01", 4, "TRAINING");
        long portfolio = api.propose(owner.person().login(), registration, true);
        long application = api.apply(owner.person(), "A", "UPGRADE", 8, "WO_PLUS", "A", null);
        long meeting = api.meeting(office, "2026-10-01");
        String certificate = (String) api.certificates(office, registration).get(0).get("certificateNumber");
        String code = (String) api.certificates(office, registration).get(0).get("verificationCode");
        long registrant = owner.person().id();
        Map<String, Object> activityBody = Map.of("date", "2026-02-15", "title", "Cursus", "provider", "VNG",
                "points", 3, "category", "TRAINING");

        List<Endpoint> endpoints = List.of(
                new Endpoint(Method.GET, "/public/indication?experienceYears=4&workLevel=HBO_PLUS&functionLevel=A",
                        null, EVERYONE, false),
                new Endpoint(Method.GET, "/public/registrations?name=an", null, EVERYONE, false),
                new Endpoint(Method.GET, "/public/certificates/" + code, null, EVERYONE, false),
                new Endpoint(Method.POST, "/registrants", Map.of("firstName", "X"), STAFF, false),
                new Endpoint(Method.GET, "/registrants/" + registrant, null, OWNER_AND_STAFF, true),
                new Endpoint(Method.GET, "/registrants/" + registrant + "/export", null, OWNER_AND_STAFF, true),
                new Endpoint(Method.POST, "/accounts", Map.of("username", "x"), EnumSet.of(Who.ADMIN), false),
                new Endpoint(Method.GET, "/applications/" + application, null, OWNER_AND_STAFF, true),
                new Endpoint(Method.POST, "/applications/" + application + "/audit", Map.of("date", "2026-03-10",
                        "auditor", auditor.username()), STAFF, false),
                new Endpoint(Method.POST, "/applications/" + application + "/decision", Map.of("passed", false),
                        STAFF, false),
                new Endpoint(Method.GET, "/registrations/" + registration, null, OWNER_AND_STAFF, true),
                new Endpoint(Method.POST, "/registrations/" + registration + "/transitions",
                        Map.of("to", "STRUCK_OFF", "version", 999), STAFF, true),
                new Endpoint(Method.GET, "/registrations/" + registration + "/certificates", null, OWNER_AND_STAFF,
                        true),
                new Endpoint(Method.GET, "/certificates/" + certificate + ".pdf", null, OWNER_AND_STAFF, true),
                new Endpoint(Method.POST, "/registrations/" + registration + "/pe-activities", activityBody,
                        OWNER_AND_STAFF, true),
                new Endpoint(Method.GET, "/pe-activities/" + activity, null, OWNER_AND_STAFF, true),
                new Endpoint(Method.PUT, "/pe-activities/" + activity, activityBody, OWNER_AND_STAFF, true),
                new Endpoint(Method.GET, "/pe-activities/" + activity + "/evidence", null, OWNER_AND_STAFF, true),
                new Endpoint(Method.PUT, "/registrations/" + registration + "/declaration",
                        Map.of("employer", "Gemeente", "jobTitle", "AMB", "stillInFunction", true), OWNER_AND_STAFF,
                        true),
                new Endpoint(Method.GET, "/registrations/" + registration + "/questionnaire", null, OWNER_AND_STAFF,
                        true),
                new Endpoint(Method.PUT, "/registrations/" + registration + "/questionnaire",
                        Map.of("answers", Map.of("KEY_RESULT", "Een resultaat")), OWNER_AND_STAFF, true),
                new Endpoint(Method.POST, "/registrations/" + registration + "/portfolio",
                        Map.of("title", "Nog een", "description", "Een tweede voorstel"), OWNER_AND_STAFF, true),
                new Endpoint(Method.GET, "/registrations/" + registration + "/renewal", null, OWNER_AND_STAFF, true),
                new Endpoint(Method.POST, "/registrations/" + registration + "/submission", null, OWNER_AND_STAFF,
                        true),
                new Endpoint(Method.POST, "/registrations/" + registration + "/renewal-decision",
                        Map.of("approved", true), STAFF, false),
                new Endpoint(Method.GET, "/portfolio/" + portfolio, null,
                        EnumSet.of(Who.OWNER, Who.AUDITOR, Who.OFFICE, Who.ADMIN), true),
                new Endpoint(Method.POST, "/portfolio/" + portfolio + "/decision", Map.of("approved", false),
                        EnumSet.of(Who.AUDITOR, Who.OFFICE, Who.ADMIN), false),
                new Endpoint(Method.POST, "/meetings", Map.of(), STAFF, false),
                new Endpoint(Method.GET, "/meetings/" + meeting, null, STAFF, false),
                new Endpoint(Method.POST, "/meetings/" + meeting + "/enrolments", Map.of(), STAFF, false),
                new Endpoint(Method.POST, "/meetings/" + meeting + "/attendance", Map.of(), STAFF, false),
                new Endpoint(Method.POST, "/admin/daily-run", null, STAFF, false),
                new Endpoint(Method.GET, "/admin/reminders?registrationId=" + registration, null, STAFF, false),
                new Endpoint(Method.GET, "/admin/reminders/failed", null, STAFF, false),
                new Endpoint(Method.GET, "/admin/reminder-texts", null, STAFF, false),
                new Endpoint(Method.GET, "/admin/worklists", null, STAFF, false),
                new Endpoint(Method.GET, "/admin/worklists/REGISTRATIONS?size=5", null, STAFF, false),
                new Endpoint(Method.GET, "/admin/audit", null, STAFF, false),
                new Endpoint(Method.PUT, "/admin/reminder-texts/DOSSIER_DUE/nl", Map.of(), EnumSet.of(Who.ADMIN),
                        false),
                new Endpoint(Method.PUT, "/admin/clock", Map.of(), EnumSet.of(Who.ADMIN), false));

        Map<Who, Login> logins = Map.of(Who.OWNER, owner.person().login(), Who.OTHER_REGISTRANT,
                other.person().login(), Who.AUDITOR, idleAuditor, Who.OFFICE, office, Who.ADMIN, api.admin());
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Who who : Who.values()) {
                RequestSpecification request = who == Who.ANONYMOUS ? api.anonymous() : api.as(logins.get(who));
                request.accept("application/json, application/pdf, application/zip, */*");
                if (endpoint.body() != null) {
                    request.body(endpoint.body());
                }
                Response response = request.request(endpoint.method(), endpoint.path());
                int status = response.statusCode();
                String expected = expected(endpoint, who);
                boolean right = switch (expected) {
                    case "allowed" -> status != 401 && status != 403 && status != 404 && status < 500;
                    default -> status == Integer.parseInt(expected);
                };
                if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + who + ": " + status
                            + " without problem details");
                }
                if (!right) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + who + ": " + status
                            + " where " + expected + " was due");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String expected(Endpoint endpoint, Who who) {
        if (endpoint.allowed().contains(who)) {
            return "allowed";
        }
        if (who == Who.ANONYMOUS) {
            return "401";
        }
        if (who == Who.OTHER_REGISTRANT && endpoint.registrantData()) {
            return "404";
        }
        return "403";
    }
}
