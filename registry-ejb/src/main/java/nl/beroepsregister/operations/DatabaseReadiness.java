package nl.beroepsregister.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: without it the register can serve nothing. One small query through the
 * register's own pool, with a time limit, that also tells which schema version the migrations reached. Not a liveness
 * check: restarting the server does not bring a database back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("registry-database");
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet schema = sql.executeQuery("select version from flyway_schema_history"
                    + " where success = true and version is not null order by installed_rank desc limit 1")) {
                response.up().withData("schema", schema.next() ? schema.getString(1) : "none");
            }
        } catch (SQLException | RuntimeException e) {
            response.down().withData("reason", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return response.withData("millis", (System.nanoTime() - started) / 1_000_000).build();
    }
}
