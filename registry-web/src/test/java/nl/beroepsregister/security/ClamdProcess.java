package nl.beroepsregister.security;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import nl.beroepsregister.document.control.Clamd;

/**
 * A real ClamAV daemon for the tests: Debian's clamd (package clamav-daemon; .ci/run installs it), started in the
 * foreground on the given port of 127.0.0.1 with a configuration and a signature database of its own in a temporary
 * directory. The machine has no network for freshclam, so the database holds one signature, written here: the EICAR
 * test string anywhere in a file. Stopped (the process this started, and only that) when closed.
 */
final class ClamdProcess implements AutoCloseable {

    static final String CLAMD = "/usr/sbin/clamd";
    /** The name clamd reports for the signature below (it marks signatures of a local database "UNOFFICIAL"). */
    static final String SIGNATURE = "Beroepsregister.Test.EICAR.UNOFFICIAL";
    /** The EICAR anti-virus test string, kept encoded so that no scanner takes this source or its class for a virus. */
    private static final String EICAR_BASE64 =
            "WDVPIVAlQEFQWzRcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSLVNUQU5EQVJELUFOVElWSVJVUy1URVNULUZJTEUhJEgrSCo=";

    private final Process process;
    private final Path directory;

    private final Thread stopOnExit;

    private ClamdProcess(Process process, Path directory) {
        this.process = process;
        this.directory = directory;
        // a test run that ends without closing this (killed, or System.exit) leaves no clamd behind
        this.stopOnExit = new Thread(process::destroy, "stop clamd");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static byte[] eicar() {
        return Base64.getDecoder().decode(EICAR_BASE64);
    }

    /** Starts clamd on the port and waits until it answers PING; fails the test if it cannot. */
    static ClamdProcess start(int port) {
        if (!new File(CLAMD).canExecute()) {
            throw new IllegalStateException(CLAMD + " is missing: the virus-scan tests run Debian's ClamAV daemon "
                    + "(apt-get install clamav-daemon; .ci/run installs it)");
        }
        try {
            Path directory = Files.createTempDirectory("clamd-test");
            Path database = Files.createDirectories(directory.resolve("database"));
            Files.writeString(database.resolve("beroepsregister-test.ndb"),
                    "Beroepsregister.Test.EICAR:0:*:" + HexFormat.of().formatHex(eicar()) + "\n",
                    StandardCharsets.US_ASCII);
            Path configuration = directory.resolve("clamd.conf");
            Files.writeString(configuration, String.join("\n",
                    "TCPAddr 127.0.0.1",
                    "TCPSocket " + port,
                    "Foreground yes",
                    "DatabaseDirectory " + database,
                    "LogFile " + directory.resolve("clamd.log"),
                    "LogTime yes",
                    "StreamMaxLength 20M",
                    "MaxThreads 4",
                    ""), StandardCharsets.US_ASCII);
            Process process = new ProcessBuilder(CLAMD, "--config-file=" + configuration)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("clamd.out").toFile())
                    .start();
            ClamdProcess clamd = new ClamdProcess(process, directory);
            clamd.awaitReady(port);
            return clamd;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(int port) throws IOException {
        Clamd client = new Clamd("127.0.0.1", port, Duration.ofSeconds(2));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("clamd stopped at once: " + output());
            }
            if (client.ping()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("clamd did not answer within 60 s: " + output());
    }

    private String output() throws IOException {
        Path out = directory.resolve("clamd.out");
        return Files.exists(out) ? Files.readString(out) : "";
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException exiting) {
            // the hook is running already
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind does no harm
        }
    }
}
