package nl.beroepsregister.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminders by e-mail through a real SMTP server (GreenMail): each kind once, on its day, to the right people, in the
 * registrant's language, listing what is still missing; caught up after downtime; nothing lost and nothing doubled
 * when the mail server is down or silent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Login office;
    Login auditor;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        api.clock("2026-01-05");
        office = api.staff("OFFICE");
        auditor = api.staff("AUDITOR");
    }

    @Test
    @DisplayName("Across a year: each kind arrives once, on its day; nothing for a submitted dossier")
    void acrossAYear() throws Exception {
        Admitted c = api.admitted(office, auditor, "C", "2026-01-05");
        Admitted b = api.admitted(office, auditor, "B", "2026-01-05");
        Admitted a = api.admitted(office, auditor, "A", "2026-01-05", "en");
        Admitted submitted = api.admitted(office, auditor, "C", "2026-01-05");
        List<Admitted> all = List.of(c, b, a, submitted);

        api.dailyRun(office);
        assertThat(kinds(c)).isEmpty();
        assertThat(kinds(b)).containsExactly("Stel uw portfolioactiviteit voor dit registratiejaar voor");
        assertThat(kinds(a)).containsExactly("Propose your portfolio activity for this registration year");
        assertThat(api.dailyRun(office).getInt("queued")).isZero();
        assertThat(mails(b)).hasSize(1);

        api.clock("2026-09-01");
        api.provenActivity(submitted.person().login(), submitted.registrationId(), "2026-08-01", 8, "TRAINING");
        api.declare(submitted.person().login(), submitted.registrationId());
        api.submit(submitted.person().login(), submitted.registrationId()).then().statusCode(200);

        int before = total(all);
        api.clock("2026-10-04");
        api.dailyRun(office);
        assertThat(total(all)).isEqualTo(before);

        api.clock("2026-10-05");
        api.dailyRun(office);
        api.dailyRun(office);
        assertThat(subjects(c)).containsExactly("Over een maand moet uw verlengingsdossier binnen zijn");
        assertThat(subjects(b)).endsWith("Over een maand moet uw verlengingsdossier binnen zijn");
        assertThat(subjects(a)).endsWith("Your renewal dossier is due in one month");
        assertThat(mails(submitted)).isEmpty();

        MimeMessage soon = mails(c).get(0);
        assertThat(soon.getFrom()[0].toString()).isEqualTo("registerbureau@beroepsregister.example");
        assertThat(soon.getHeader("Content-Language")[0]).isEqualTo("nl");
        String text = Mailbox.part(soon, "text/plain");
        assertThat(text).contains("5 januari 2027").contains("5 november 2026").contains("niveau C")
                .contains("Beroepsregister Accountmanager Bedrijven")
                .contains("- U heeft de verklaring nog in functie voor dit jaar nog niet ondertekend.")
                .contains("- U heeft 0 van de 8 PE-punten; er ontbreken er nog 8.")
                .contains("https://register.example/registrant/dossier.xhtml?registration=" + c.registrationId());
        assertThat(Mailbox.part(soon, "text/html")).contains("<li>U heeft 0 van de 8 PE-punten; er ontbreken er nog 8.</li>")
                .contains("<a href=\"https://register.example/registrant/dossier.xhtml?registration="
                        + c.registrationId() + "\">");
        String english = Mailbox.part(mails(a).get(1), "text/plain");
        assertThat(english).contains("January 5, 2027").contains("You have not yet signed this year's declaration");

        api.clock("2026-11-04");
        before = total(all);
        api.dailyRun(office);
        assertThat(total(all)).isEqualTo(before);

        api.clock("2026-11-05");
        api.dailyRun(office);
        assertThat(subjects(c)).endsWith("Dien vandaag uw verlengingsdossier in");

        api.clock("2026-11-06");
        api.dailyRun(office);
        MimeMessage missed = mails(c).get(mails(c).size() - 1);
        assertThat(Mailbox.subject(missed)).isEqualTo("De termijn voor uw verlengingsdossier is verstreken");
        assertThat(Mailbox.recipients(missed, Message.RecipientType.CC)).containsExactly("kantoor@beroepsregister.example");

        api.clock("2026-11-07");
        api.dailyRun(office);
        api.clock("2026-12-20");
        api.dailyRun(office);
        assertThat(mails(c)).hasSize(3);
        assertThat(mails(b)).hasSize(4);
        assertThat(mails(a)).hasSize(4);
        assertThat(mails(submitted)).isEmpty();

        JsonPath log = api.as(office).queryParam("registrationId", c.registrationId()).get("/admin/reminders")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("kind", String.class))
                .containsExactly("DOSSIER_DUE_SOON", "DOSSIER_DUE", "DEADLINE_MISSED");
        assertThat(log.getList("status", String.class)).containsOnly("SENT");
        assertThat(log.getList("attempts", Integer.class)).containsOnly(1);
        assertThat(log.getList("yearStart", String.class)).containsOnly("2026-01-05");
        assertThat(log.getList("recipient", String.class)).containsOnly(Api.email(c.person().login()));
        api.as(c.person().login()).queryParam("registrationId", c.registrationId()).get("/admin/reminders")
                .then().statusCode(403);
    }

    @Test
    @DisplayName("After downtime the run catches up with what is still useful, and skips what is pointless")
    void catchesUp() {
        Admitted c = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-10-20");
        api.dailyRun(office);
        assertThat(subjects(c)).containsExactly("Over een maand moet uw verlengingsdossier binnen zijn");
        api.clock("2026-11-20");
        api.dailyRun(office);
        assertThat(subjects(c)).containsExactly("Over een maand moet uw verlengingsdossier binnen zijn",
                "De termijn voor uw verlengingsdossier is verstreken");
    }

    @Test
    @DisplayName("Mail server down: nothing lost, delivered once it is back, never twice")
    void mailServerDown() {
        Admitted c = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-10-05");
        mail.stop();
        try {
            JsonPath run = api.dailyRun(office);
            assertThat(run.getInt("queued")).isGreaterThanOrEqualTo(1);
            assertThat(run.getInt("failed")).isGreaterThanOrEqualTo(1);
            assertThat(run.getInt("sent")).isZero();
        } finally {
            mail.start();
        }
        JsonPath log = reminderLog(c);
        assertThat(log.getString("status[0]")).isEqualTo("PENDING");
        assertThat(log.getString("lastError[0]")).isNotBlank();

        // the next attempt waits a while; then it goes out, once
        api.dailyRun(office);
        assertThat(mails(c)).isEmpty();
        api.as(api.admin()).body(Map.of("instant", "2026-10-05T10:00:00Z")).put("/admin/clock").then().statusCode(200);
        deliverAll();
        api.dailyRun(office);
        assertThat(mails(c)).hasSize(1);
        log = reminderLog(c);
        assertThat(log.getString("status[0]")).isEqualTo("SENT");
        assertThat(log.getList("history[0].delivered", Boolean.class)).contains(false).endsWith(true);
    }

    @Test
    @DisplayName("A mail server that accepts the connection but never answers does not hang the daily run")
    void silentMailServer() throws Exception {
        Admitted c = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-10-05");
        mail.stop();
        int port = Integer.parseInt(System.getProperty("registry.it.smtp.port"));
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is done with it
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Instant started = Instant.now();
            JsonPath run = api.dailyRun(office);
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(60));
            assertThat(run.getInt("failed")).isGreaterThanOrEqualTo(1);
            assertThat(run.getInt("sent")).isZero();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
            mail.start();
        }
        api.as(api.admin()).body(Map.of("instant", "2026-10-05T10:00:00Z")).put("/admin/clock").then().statusCode(200);
        deliverAll();
        assertThat(mails(c)).hasSize(1);
        assertThat(reminderLog(c).getString("status[0]")).isEqualTo("SENT");
    }

    @Test
    @DisplayName("An administrator words a reminder differently, with the same placeholders")
    void ownWording() {
        Admitted c = api.admitted(office, auditor, "C", "2026-01-05");
        Login admin = api.admin();
        api.as(admin).body(Map.of("subject", "Herinnering {register}", "body", "Beste {naam}"))
                .put("/admin/reminder-texts/DOSSIER_DUE_SOON/nl").then().statusCode(400);
        api.as(office).body(Map.of("subject", "x", "body", "y"))
                .put("/admin/reminder-texts/DOSSIER_DUE_SOON/nl").then().statusCode(403);
        api.as(admin).body(Map.of("subject", "Uw dossier ({level}) graag voor {deadline}",
                        "body", "Hallo {name},\n\nGraag voor {deadline}:\n\n{missing}\n\nZie {link}"))
                .put("/admin/reminder-texts/DOSSIER_DUE_SOON/nl").then().statusCode(200)
                .body("custom", equalTo(true));
        try {
            api.clock("2026-10-05");
            api.dailyRun(office);
            MimeMessage own = mails(c).get(0);
            assertThat(Mailbox.subject(own)).isEqualTo("Uw dossier (C) graag voor 5 november 2026");
            assertThat(Mailbox.part(own, "text/plain")).startsWith("Hallo Anna ")
                    .contains("- U heeft 0 van de 8 PE-punten");
        } finally {
            api.as(admin).delete("/admin/reminder-texts/DOSSIER_DUE_SOON/nl").then().statusCode(200)
                    .body("custom", equalTo(false));
        }
    }

    private void deliverAll() {
        api.dailyRun(office);
    }

    private JsonPath reminderLog(Admitted admitted) {
        return api.as(office).queryParam("registrationId", admitted.registrationId()).get("/admin/reminders")
                .then().statusCode(200).extract().jsonPath();
    }

    private List<MimeMessage> mails(Admitted admitted) {
        return Mailbox.to(mail, admitted.person().login());
    }

    private List<String> subjects(Admitted admitted) {
        return mails(admitted).stream().map(Mailbox::subject).toList();
    }

    private List<String> kinds(Admitted admitted) {
        return subjects(admitted);
    }

    private int total(List<Admitted> all) {
        return all.stream().mapToInt(admitted -> mails(admitted).size()).sum();
    }
}
