package nl.beroepsregister.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the test class, started from Maven artifacts (no installation) on the port the build reserved
 * ({@code registry.it.pg.port}), before Arquillian boots the server that connects to it. Declare it before the
 * Arquillian extension.
 */
public class EmbeddedPostgres implements BeforeAllCallback, AfterAllCallback {

    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        int port = Integer.parseInt(System.getProperty("registry.it.pg.port", "55432"));
        postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setPort(port).start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
