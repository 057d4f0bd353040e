package nl.beroepsregister.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which build of the register is running: its version and when it was built (filled in by Maven). */
public record Version(String version, String build) {

    private static final Version CURRENT = read();

    public static Version current() {
        return CURRENT;
    }

    private static Version read() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Version(properties.getProperty("version", "unknown"), properties.getProperty("build", "unknown"));
    }
}
