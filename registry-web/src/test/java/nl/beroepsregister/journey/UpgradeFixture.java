package nl.beroepsregister.journey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fills the embedded PostgreSQL with the database an older release left ({@code upgrade/registry-schema-v3.sql}),
 * before Arquillian starts the current build on it. Declare it after {@link EmbeddedPostgres} and before the
 * Arquillian extension.
 */
public class UpgradeFixture implements BeforeAllCallback {

    static final String DUMP = "upgrade/registry-schema-v3.sql";

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, SQLException {
        String script;
        try (InputStream in = UpgradeFixture.class.getClassLoader().getResourceAsStream(DUMP)) {
            if (in == null) {
                throw new IllegalStateException(DUMP + " is missing");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + System.getProperty("registry.it.pg.port", "55432") + "/postgres", "postgres", "postgres");
             Statement sql = db.createStatement()) {
            sql.execute(script);
        }
    }
}
