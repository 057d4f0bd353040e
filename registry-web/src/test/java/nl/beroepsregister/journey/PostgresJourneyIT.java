package nl.beroepsregister.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

/**
 * The production database: the same WAR on Payara Micro against a real PostgreSQL. The migrations create the schema,
 * a level-B journey runs through the API, and what it stored is read back with SQL.
 */
@ExtendWith(EmbeddedPostgres.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresJourneyIT {

    @Deployment(testable = false)
    @TargetsContainer("postgres")
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("The migrations run on PostgreSQL and a level-B journey is stored there")
    void levelBOnPostgres() throws SQLException {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login auditor = api.staff("AUDITOR");

        long registration = Journeys.levelB(api, office, auditor);
        JsonPath stored = api.registration(office, registration);

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + System.getProperty("registry.it.pg.port") + "/postgres",
                "postgres", "postgres");
             Statement sql = db.createStatement()) {
            try (ResultSet migrations = sql.executeQuery(
                    "select count(*) from flyway_schema_history where success")) {
                migrations.next();
                assertThat(migrations.getInt(1)).isGreaterThanOrEqualTo(2);
            }
            try (ResultSet row = sql.executeQuery("select r.registration_number, r.level, r.status, r.valid_until,"
                    + " (select count(*) from registration_year y where y.registration_id = r.id),"
                    + " (select count(*) from status_change c where c.registration_id = r.id),"
                    + " (select count(*) from pe_activity p join registration_year y on p.year_id = y.id"
                    + "   where y.registration_id = r.id and p.evidence_id is not null),"
                    + " (select count(*) from questionnaire_answer a join registration_year y on a.year_id = y.id"
                    + "   where y.registration_id = r.id)"
                    + " from registration r where r.id = " + registration)) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(stored.getString("registrationNumber"));
                assertThat(row.getString(2)).isEqualTo("B");
                assertThat(row.getString(3)).isEqualTo("ACTIVE");
                assertThat(row.getString(4)).isEqualTo("2028-03-02");
                assertThat(row.getInt(5)).isEqualTo(2);
                assertThat(row.getInt(6)).isEqualTo(2);
                assertThat(row.getInt(7)).isEqualTo(2);
                assertThat(row.getInt(8)).isEqualTo(4);
            }
            try (ResultSet content = sql.executeQuery("select count(*), min(octet_length(c.content))"
                    + " from document_content c join document d on d.id = c.document_id")) {
                content.next();
                assertThat(content.getInt(1)).isEqualTo(3);
                assertThat(content.getInt(2)).isEqualTo(Api.PDF.length);
            }
        }
    }
}
