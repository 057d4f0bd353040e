package nl.beroepsregister.journey;

import static nl.beroepsregister.journey.Operations.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Api.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An upgrade in production: the current build starts on a PostgreSQL database that an older release (schema V3) left
 * with data in it. The migrations that came later run, none of the old ones runs again, and the register serves the
 * old data and goes on writing new.
 */
@ExtendWith(EmbeddedPostgres.class)
@ExtendWith(UpgradeFixture.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UpgradeIT {

    @Deployment(testable = false)
    @TargetsContainer("postgres")
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("A database of schema V3 with data is migrated to the current schema and its data is served")
    void upgradedDatabaseServesItsData() throws SQLException {
        String latest = Operations.latestMigration();
        assertThat(Operations.health(base, "ready").jsonPath().getString(check("registry-database", "data.schema")))
                .isEqualTo(latest);
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + System.getProperty("registry.it.pg.port") + "/postgres", "postgres", "postgres");
             Statement sql = db.createStatement();
             ResultSet history = sql.executeQuery("select count(*) filter (where version in ('1', '2', '3')"
                     + " and installed_rank <= 3), count(*) - count(distinct version), bool_and(success)"
                     + " from flyway_schema_history")) {
            history.next();
            assertThat(history.getInt(1)).as("V1..V3 as the old release applied them").isEqualTo(3);
            assertThat(history.getInt(2)).as("no migration ran twice").isZero();
            assertThat(history.getBoolean(3)).as("every migration succeeded").isTrue();
        }

        Api api = new Api(base);
        api.clock("2027-03-10");
        Login admin = api.admin();

        JsonPath registration = api.registration(admin, 1);
        assertThat(registration.getString("registrationNumber")).isEqualTo("AMB-000001");
        assertThat(registration.getString("status")).isEqualTo("ACTIVE");
        assertThat(registration.getString("level")).isEqualTo("B");
        api.anonymous().get("/public/registrations/AMB-000001").then().statusCode(200);

        JsonPath renewal = api.renewal(admin, 1);
        assertThat(renewal.getString("year.start")).isEqualTo("2027-03-02");
        assertThat(renewal.getString("status")).isEqualTo("OPEN");
        List<Map<String, Object>> certificates = api.certificates(admin, 1);
        assertThat(certificates).hasSize(1);
        assertThat(certificates.get(0)).containsEntry("expiryDate", "2028-03-02");
        assertThat(api.as(admin).get("/admin/reminders").then().statusCode(200).extract().jsonPath()
                .getList("status", String.class)).containsExactly("SENT");

        JsonPath level = api.registration(admin, 2);
        assertThat(level.getString("level")).isEqualTo("C");
        assertThat(api.as(admin).get("/registrations/2/pe-activities").then().statusCode(200).extract()
                .jsonPath().getList("points", Integer.class)).containsExactly(3);

        // new data goes on from where the old release left the sequences
        Login office = api.staff("OFFICE");
        Person newcomer = api.registrant(office, "Noor", "Nieuw");
        assertThat(newcomer.id()).isGreaterThan(2);
        api.as(office).get("/registrants/" + newcomer.id()).then().statusCode(200);
    }
}
