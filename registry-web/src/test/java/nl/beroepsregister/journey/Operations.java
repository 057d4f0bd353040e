package nl.beroepsregister.journey;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What an operator looks at: the server's health and metrics endpoints, and the migrations the build ships. */
final class Operations {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    private Operations() {
    }

    /** The server's root (health and metrics are served there, not under the application's context). */
    static String root(URL deployment) {
        return deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
    }

    /** {@code /health/ready} or {@code /health/live}, whatever its status. */
    static Response health(URL deployment, String kind) {
        return given().baseUri(root(deployment)).accept("application/json").get("/health/" + kind);
    }

    /** A path into a health answer's check of the given name: {@code check("registry-mail", "data.reachable")}. */
    static String check(String name, String path) {
        return "checks.find { it.name == '" + name + "' }." + path;
    }

    /** The value of one of the register's counters ({@code registry.reminders.sent} ...), 0 before its first use. */
    static long counter(URL deployment, String name) {
        Response answer = given().baseUri(root(deployment)).accept("text/plain").queryParam("scope", "application")
                .get("/metrics");
        if (answer.statusCode() == 404) {
            return 0; // the application's scope exists from its first metric on
        }
        String metrics = answer.then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name.replace('.', '_') + "_total")
                + "\\{[^}]*} ([0-9.E]+)$").matcher(metrics);
        return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
    }

    /** The highest migration version in {@code db/migration} of the domain jar this build ships. */
    static String latestMigration() {
        URL directory = Operations.class.getClassLoader().getResource("db/migration");
        if (directory == null) {
            throw new IllegalStateException("db/migration is not on the test class path");
        }
        try {
            URI uri = directory.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return latest(jar.getPath("db/migration"));
                }
            }
            return latest(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String latest(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> Integer.parseInt(matcher.group(1)))
                    .max(Integer::compare)
                    .map(String::valueOf)
                    .orElseThrow(() -> new IllegalStateException("No migrations in " + directory));
        }
    }
}
