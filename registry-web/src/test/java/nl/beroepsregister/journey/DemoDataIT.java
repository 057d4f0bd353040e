package nl.beroepsregister.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import nl.beroepsregister.journey.Api.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demonstration data set the README promises: each person at the stage it describes, with the listed logins. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataIT {

    private static final String PASSWORD = "demo-wachtwoord";

    @Deployment(testable = false)
    @TargetsContainer("demo")
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("registry.demo-data=true loads a registrant at each level and stage")
    void demonstrationSet() {
        Api api = new Api(base);
        Login office = new Login("bureau", PASSWORD);
        api.as(new Login("auditor", PASSWORD)).get("/registrations/1").then().statusCode(403);

        assertThat(registrationOf(api, "sanne")).isEmpty();
        JsonPath jan = renewal(api, "jan");
        assertThat(jan.getString("year.level")).isEqualTo("C");
        assertThat(jan.getBoolean("complete")).isTrue();
        assertThat(jan.getString("status")).isEqualTo("OPEN");

        JsonPath fatima = renewal(api, "fatima");
        assertThat(fatima.getString("year.level")).isEqualTo("B");
        assertThat(fatima.getList("requirements.findAll { !it.met }.code", String.class))
                .containsExactly("PRACTICE_REPORT", "PEER_REVIEW");

        JsonPath pieter = renewal(api, "pieter");
        assertThat(pieter.getString("year.level")).isEqualTo("A");
        assertThat(pieter.getInt("pe.counted")).isEqualTo(22);
        assertThat(pieter.getInt("pe.network")).isEqualTo(4);
        assertThat(pieter.getBoolean("pe.met")).isFalse();

        long kees = registrationOf(api, "kees").get(0);
        api.as(office).get("/registrations/" + kees).then().statusCode(200).body("status", equalTo("LAPSED"));
        long marieke = registrationOf(api, "marieke").get(0);
        api.as(office).get("/registrations/" + marieke).then().statusCode(200).body("status", equalTo("STRUCK_OFF"));

        // Sanne's application waits for its audit, planned with the demo auditor
        JsonPath sanne = api.as(new Login("sanne", PASSWORD)).get("/registrants/" + registrantId(api, "sanne"))
                .then().statusCode(200).extract().jsonPath();
        long application = sanne.getList("applicationIds", Long.class).get(0);
        api.as(office).get("/applications/" + application).then().statusCode(200)
                .body("status", equalTo("AUDIT_PLANNED")).body("audit.auditor", equalTo("auditor"))
                .body("audit.date", equalTo("2026-06-29"));
    }

    private static long registrantId(Api api, String username) {
        for (long id = 1; id <= 20; id++) {
            JsonPath registrant = api.as(new Login("bureau", PASSWORD)).get("/registrants/" + id)
                    .then().extract().jsonPath();
            if (username.equals(registrant.getString("username"))) {
                return id;
            }
        }
        throw new AssertionError("no registrant " + username);
    }

    private static List<Long> registrationOf(Api api, String username) {
        return api.as(new Login(username, PASSWORD)).get("/registrants/" + registrantId(api, username))
                .then().statusCode(200).extract().jsonPath().getList("registrationIds", Long.class);
    }

    private static JsonPath renewal(Api api, String username) {
        long registration = registrationOf(api, username).get(0);
        return api.renewal(new Login(username, PASSWORD), registration);
    }
}
