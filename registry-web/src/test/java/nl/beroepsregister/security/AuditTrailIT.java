package nl.beroepsregister.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URL;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Api.Person;
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
 * The audit trail through the API: who did what to which subject, in order, written in the transaction of the
 * action itself, so that a refused action leaves no "done" line; refusals of a role and failed sign-ins are
 * recorded as refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private List<Map<String, Object>> trail(Api api, Login reader, String filter) {
        return api.as(reader).get("/admin/audit?" + filter).then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    @Test
    @DisplayName("An admission, a dossier and its documents leave one line per action, with actor and outcome")
    void admissionAndDossier() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login auditor = api.staff("AUDITOR");
        Person person = api.registrant(office, "Noor", Api.unique("Audit"));
        long application = api.apply(person, "B", "ENTRY_AUDIT", 4, "HBO_PLUS", "B", null);
        api.planAudit(office, application, "2026-01-05", auditor);
        long registration = api.pass(auditor, application, "B", "2026-01-05");

        assertThat(trail(api, office, "subject=application:" + application))
                .extracting(line -> line.get("action"), line -> line.get("actor"), line -> line.get("outcome"))
                .containsExactly(
                        tuple("application.decided", auditor.username(), "DONE"),
                        tuple("application.auditPlanned", office.username(), "DONE"),
                        tuple("application.submitted", person.login().username(), "DONE"));

        api.clock("2026-03-01");
        long activity = api.provenActivity(person.login(), registration, "2026-02-01", 4, "TRAINING");
        api.as(office).accept("*/*").get("/pe-activities/" + activity + "/evidence").then().statusCode(200);
        assertThat(trail(api, office, "subject=peActivity:" + activity))
                .extracting(line -> line.get("action"), line -> line.get("actor"))
                .containsExactly(
                        tuple("document.downloaded", office.username()),
                        tuple("document.uploaded", person.login().username()));

        // an incomplete dossier is refused: the refusal rolls back and no "submitted" line remains
        api.submit(person.login(), registration).then().statusCode(422);
        assertThat(trail(api, office, "subject=registration:" + registration + "&action=dossier.submitted"))
                .isEmpty();

        // withdrawing is a status change by the registrant, recorded with its subject
        long version = api.registration(person.login(), registration).getLong("version");
        api.as(person.login()).body(Map.of("to", "WITHDRAWN", "reason", "Andere functie", "version", version))
                .post("/registrations/" + registration + "/transitions").then().statusCode(200);
        assertThat(trail(api, office, "subject=registration:" + registration))
                .extracting(line -> line.get("action"), line -> line.get("actor"))
                .contains(tuple("registration.transition", person.login().username()));
    }

    @Test
    @DisplayName("Refusals of a role and failed sign-ins are recorded as refused; the trail is for staff only")
    void refusals() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Person person = api.registrant(office, "Ruben", Api.unique("Audit"));

        api.as(person.login()).post("/admin/daily-run").then().statusCode(403);
        List<Map<String, Object>> refused = trail(api, office,
                "actor=" + person.login().username() + "&action=access.refused");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).get("outcome")).isEqualTo("REFUSED");
        assertThat((String) refused.get(0).get("detail")).startsWith("POST ").endsWith("/api/admin/daily-run");

        api.as(new Login(person.login().username(), "not-the-password")).get("/registrants/" + person.id())
                .then().statusCode(401);
        List<Map<String, Object>> failed = trail(api, office,
                "actor=" + person.login().username() + "&action=account.signInFailed");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("outcome")).isEqualTo("REFUSED");
        assertThat(failed.get(0).toString()).doesNotContain("not-the-password");

        api.as(person.login()).get("/admin/audit").then().statusCode(403);
    }
}
