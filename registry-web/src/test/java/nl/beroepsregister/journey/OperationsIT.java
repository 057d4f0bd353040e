package nl.beroepsregister.journey;

import static io.restassured.RestAssured.given;
import static nl.beroepsregister.journey.Operations.check;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Api.Person;
import nl.beroepsregister.operations.Version;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What operations does with a register running on PostgreSQL: asks whether it is ready and alive (database and mail
 * server), reads its counters and its version, follows a request by its id, and backs the database up and restores
 * it with PostgreSQL's own tools.
 */
@ExtendWith(EmbeddedPostgres.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Deployment(testable = false)
    @TargetsContainer("postgres")
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
    @DisplayName("Ready with database and mail server; still ready, and saying why, when the mail server is down")
    void health() {
        Response ready = Operations.health(base, "ready");
        assertThat(ready.statusCode()).as(ready.asString()).isEqualTo(200);
        JsonPath health = ready.jsonPath();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getString(check("registry-database", "status"))).isEqualTo("UP");
        assertThat(health.getString(check("registry-database", "data.schema")))
                .isEqualTo(Operations.latestMigration());
        assertThat(health.getString(check("registry-mail", "status"))).isEqualTo("UP");
        assertThat(health.getBoolean(check("registry-mail", "data.reachable"))).isTrue();
        assertThat(health.getString(check("registry-mail", "data.server")))
                .isEqualTo("127.0.0.1:" + System.getProperty("registry.it.smtp.port"));

        Response live = Operations.health(base, "live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.jsonPath().getString(check("registry", "data.version")))
                .isEqualTo(Version.current().version());

        mail.stop();
        try {
            ready = Operations.health(base, "ready");
            assertThat(ready.statusCode()).as(ready.asString()).isEqualTo(200);
            health = ready.jsonPath();
            assertThat(health.getString(check("registry-mail", "status"))).isEqualTo("UP");
            assertThat(health.getBoolean(check("registry-mail", "data.reachable"))).isFalse();
            assertThat(health.getString(check("registry-mail", "data.reason"))).contains("Connect");
        } finally {
            mail.start();
        }
    }

    @Test
    @DisplayName("Counters of reminders queued, sent and failed and of dossiers submitted")
    void counters() {
        long queued = Operations.counter(base, "registry.reminders.queued");
        long sent = Operations.counter(base, "registry.reminders.sent");
        long failed = Operations.counter(base, "registry.reminders.failed");
        long submitted = Operations.counter(base, "registry.dossiers.submitted");

        // a registrant admitted at level B is reminded at once to propose a portfolio activity
        api.admitted(office, auditor, "B", "2026-01-05");
        JsonPath run = api.dailyRun(office);
        assertThat(run.getInt("sent")).isEqualTo(1);
        assertThat(Operations.counter(base, "registry.reminders.queued")).isEqualTo(queued + 1);
        assertThat(Operations.counter(base, "registry.reminders.sent")).isEqualTo(sent + 1);

        Admitted c = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-09-01");
        api.provenActivity(c.person().login(), c.registrationId(), "2026-08-01", 8, "TRAINING");
        api.declare(c.person().login(), c.registrationId());
        api.submit(c.person().login(), c.registrationId()).then().statusCode(200);
        assertThat(Operations.counter(base, "registry.dossiers.submitted")).isEqualTo(submitted + 1);

        mail.stop();
        try {
            api.admitted(office, auditor, "B", "2026-09-01");
            run = api.dailyRun(office);
            assertThat(run.getInt("failed")).isEqualTo(1);
            assertThat(Operations.counter(base, "registry.reminders.failed")).isEqualTo(failed + 1);
        } finally {
            mail.start();
        }
    }

    @Test
    @DisplayName("The version of the build, and every request answered with its id (the caller's, or a new one)")
    void versionAndRequestIds() {
        Response version = given().baseUri(api.base()).header("X-Request-Id", "lb-7f3a.42")
                .get("/api/public/version");
        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(version.jsonPath().getString("version")).isEqualTo(Version.current().version());
        assertThat(version.jsonPath().getString("build")).isNotBlank();
        assertThat(version.header("X-Request-Id")).isEqualTo("lb-7f3a.42");

        String generated = api.as(office).get("/registrants/999999").then().statusCode(404)
                .extract().header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        String refused = given().baseUri(api.base()).header("X-Request-Id", "x".repeat(65) + " forged")
                .get("/api/public/version").header("X-Request-Id");
        assertThat(refused).matches("[0-9a-f-]{36}");
    }

    @Test
    @DisplayName("Backed up with pg_dump, changed, restored with pg_restore: the register serves the old state")
    void backupAndRestore() throws Exception {
        PostgresTools tools = PostgresTools.required();
        int port = Integer.parseInt(System.getProperty("registry.it.pg.port"));
        Path backup = Files.createDirectories(Path.of(System.getProperty("registry.it.dir", "target/it")))
                .resolve("registry-" + System.nanoTime() + ".dump");

        Person kept = api.registrant(office, "Karin", "Bewaard");
        tools.dump(port, backup);

        Person added = api.registrant(office, "Latif", "Later");
        long application = api.apply(kept, "C", "ENTRY_AUDIT", 1, "MBO_PLUS", "C", null);
        api.as(office).get("/registrants/" + added.id()).then().statusCode(200);
        api.as(office).get("/applications/" + application).then().statusCode(200);

        // restored under the running register, which caches no entity, so it shows the restored data at once; in
        // production the instances are stopped first (config/README.md), as each holds blocks of ids it has taken
        tools.restore(port, backup);

        api.as(office).get("/registrants/" + kept.id()).then().statusCode(200);
        api.as(office).get("/registrants/" + added.id()).then().statusCode(404);
        api.as(office).get("/applications/" + application).then().statusCode(404);
        // and the register goes on from there
        Person after = api.registrant(office, "Nina", "Nadien");
        api.as(office).get("/registrants/" + after.id()).then().statusCode(200);
        Files.delete(backup);
    }
}
