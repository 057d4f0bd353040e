package nl.beroepsregister.ear;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

/**
 * What the EAR check on Payara Server needs besides the server: a real PostgreSQL (started from Maven artifacts, no
 * installation) and a real SMTP server, on the ports the build reserved. PostgreSQL is set up the way a database
 * administrator would: a database {@code registry} owned by a role {@code registry} that signs in with a password
 * (no superuser, no trust). Started in the background by {@code src/test/payara-server/deploy-and-check.sh}; writes a
 * file when both are up, and stops both when the script ends it, or by itself after a time limit, so that nothing
 * outlives a broken build.
 *
 * <p>Arguments: PostgreSQL port, SMTP port, the password of the role {@code registry}, PostgreSQL's data directory,
 * the file that says "ready", the time limit in seconds.
 */
public final class CheckServices {

    private CheckServices() {
    }

    public static void main(String[] args) throws Exception {
        int pgPort = Integer.parseInt(args[0]);
        int smtpPort = Integer.parseInt(args[1]);
        String password = args[2];
        Path dataDirectory = Path.of(args[3]);
        Path ready = Path.of(args[4]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[5]));

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(pgPort)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            smtp.stop();
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("Could not stop PostgreSQL: " + e);
            }
        }));

        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("create role registry login password '" + password.replace("'", "''") + "'");
            sql.execute("create database registry owner registry");
            // from now on every connection over the network must give its password
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    local all all trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            sql.execute("select pg_reload_conf()");
        }

        Files.writeString(ready, "postgresql " + pgPort + ", smtp " + smtpPort + "\n");
        System.out.println("PostgreSQL on port " + pgPort + " and SMTP on port " + smtpPort + " are ready");
        Thread.sleep(limit.toMillis());
        System.err.println("Time limit of " + limit + " reached: stopping PostgreSQL and SMTP");
        System.exit(1);
    }
}
