package nl.beroepsregister.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two application servers on one PostgreSQL database, as a larger register runs: the daily run started on both at
 * the same moment still sends each reminder exactly once; a server that starts later finds nothing left to do; and a
 * reminder whose server died while sending it goes out again, once, under the same Message-ID.
 */
@ExtendWith(EmbeddedPostgres.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersTwoServersIT {

    private static final int REGISTRANTS = 12;

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Deployment(name = "first", testable = false)
    @TargetsContainer("postgres")
    static WebArchive first() {
        return Deployments.builtWar();
    }

    @Deployment(name = "second", testable = false)
    @TargetsContainer("postgres-2")
    static WebArchive second() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    @OperateOnDeployment("first")
    URL firstUrl;

    @ArquillianResource
    @OperateOnDeployment("second")
    URL secondUrl;

    @Test
    @DisplayName("Both servers run the day's work at the same moment: every reminder is sent exactly once")
    void exactlyOnceOnTwoServers() throws Exception {
        Api first = new Api(firstUrl);
        Api second = new Api(secondUrl);
        first.clock("2026-01-05");
        second.clock("2026-01-05");
        Login office = first.staff("OFFICE");
        Login auditor = first.staff("AUDITOR");
        List<Admitted> admitted = new ArrayList<>();
        for (int i = 0; i < REGISTRANTS; i++) {
            admitted.add(first.admitted(office, auditor, "C", "2026-01-05"));
        }
        first.clock("2026-10-05");
        second.clock("2026-10-05");

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<JsonPath> onFirst = CompletableFuture.supplyAsync(() -> runAfter(together, first, office));
        CompletableFuture<JsonPath> onSecond = CompletableFuture.supplyAsync(() -> runAfter(together, second, office));
        JsonPath a = onFirst.get();
        JsonPath b = onSecond.get();

        assertThat(a.getInt("queued") + b.getInt("queued")).isEqualTo(REGISTRANTS);
        assertThat(a.getInt("sent") + b.getInt("sent")).isEqualTo(REGISTRANTS);
        for (Admitted one : admitted) {
            assertThat(mailbox(one)).as("mails to %s", one.person().login().username()).hasSize(1);
        }

        // a server that starts its day later finds everything done
        JsonPath again = second.dailyRun(office);
        assertThat(again.getInt("queued")).isZero();
        assertThat(again.getInt("sent")).isZero();
        for (Admitted one : admitted) {
            assertThat(mailbox(one)).hasSize(1);
        }

        // a server died while sending: its claim expires, another server sends the reminder once more, same id
        Admitted victim = admitted.get(0);
        String firstId = Mailbox.id(mailbox(victim)[0]);
        sql("update reminder set status = 'SENDING', claimed_at = TIMESTAMP WITH TIME ZONE '2026-10-05 09:00:00+00',"
                + " claimed_by = 'a server that died', sent_at = null"
                + " where registration_id = " + victim.registrationId());
        second.as(second.admin()).body(java.util.Map.of("instant", "2026-10-05T09:30:00Z")).put("/admin/clock")
                .then().statusCode(200);
        assertThat(second.dailyRun(office).getInt("sent")).isEqualTo(1);
        assertThat(mailbox(victim)).hasSize(2);
        assertThat(Mailbox.id(mailbox(victim)[1])).isEqualTo(firstId);
        assertThat(second.dailyRun(office).getInt("sent")).isZero();
    }

    private static JsonPath runAfter(CyclicBarrier together, Api api, Login office) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return api.dailyRun(office);
    }

    /** Every copy in the registrant's own mailbox: a duplicate would show here as a second message. */
    private static MimeMessage[] mailbox(Admitted admitted) {
        return Arrays.stream(mail.getReceivedMessagesForDomain(Api.email(admitted.person().login())))
                .filter(message -> Mailbox.recipients(message, jakarta.mail.Message.RecipientType.TO)
                        .contains(Api.email(admitted.person().login())))
                .toArray(MimeMessage[]::new);
    }

    private static void sql(String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + System.getProperty("registry.it.pg.port") + "/postgres",
                "postgres", "postgres");
             Statement sql = db.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
