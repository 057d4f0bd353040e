package nl.beroepsregister.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own backup tools, pg_dump and pg_restore, against the embedded PostgreSQL of the tests. The embedded
 * PostgreSQL brings only the server (initdb, pg_ctl, postgres), so the tools come from the machine: the directory in
 * {@code registry.it.pg.bin}, else the PATH (Debian's postgresql-client; .ci/run installs it). Without them the test
 * that needs them fails and says how to install them.
 */
final class PostgresTools {

    private final Path bin;

    private PostgresTools(Path bin) {
        this.bin = bin;
    }

    /** The tools, or the calling test fails with the reason. */
    static PostgresTools required() {
        return new PostgresTools(find().orElseThrow(() -> new AssertionError(
                "pg_dump and pg_restore are not installed (apt-get install postgresql-client, or set "
                        + "registry.it.pg.bin to the directory that holds them)")));
    }

    private static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("registry.it.pg.bin", "");
        if (!configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!directory.isBlank()) {
                candidates.add(Path.of(directory));
            }
        }
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("pg_dump"))
                        && Files.isExecutable(dir.resolve("pg_restore")))
                .findFirst();
    }

    /** A backup of the whole database in pg_dump's custom format, as an operator takes it every night. */
    void dump(int port, Path file) {
        run("pg_dump", "--format=custom", "--host=localhost", "--port=" + port, "--username=postgres",
                "--file=" + file, "postgres");
        assertThat(file).isNotEmptyFile();
    }

    /** Puts the database back as the backup has it: every table dropped and created again, in one transaction. */
    void restore(int port, Path file) {
        run("pg_restore", "--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--host=localhost",
                "--port=" + port, "--username=postgres", "--dbname=postgres", file.toString());
    }

    private void run(String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile(tool, ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("PGPASSWORD", "postgres");
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(tool + " did not finish within 120 s");
            }
            String said = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            assertThat(process.exitValue()).as(tool + " said: " + said).isZero();
        } catch (IOException e) {
            throw new AssertionError("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(tool + " interrupted", e);
        }
    }
}
