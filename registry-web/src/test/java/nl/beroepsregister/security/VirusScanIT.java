package nl.beroepsregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Api.Person;
import nl.beroepsregister.journey.Deployments;
import nl.beroepsregister.portal.PortalSession;
import nl.beroepsregister.portal.PortalSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads scanned by a real ClamAV daemon ({@link ClamdProcess}), on a register told where it listens
 * (registry.clamav.host and .port, a time limit of 3 s: the "clamav" server of arquillian.xml). A clean file is
 * stored; a file with the EICAR test signature is refused (422) with a clear text, nothing is stored, and the attempt
 * is in the audit trail; while the daemon cannot be reached — nothing listens, or it accepts and never answers —
 * every upload is refused (503, "try again later") and nothing is stored: the register fails closed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VirusScanIT {

    private static final int TIMEOUT_MS = 3000;

    @Deployment(testable = false)
    @TargetsContainer("clamav")
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private static int port() {
        return Integer.parseInt(System.getProperty("registry.it.clamav.port"));
    }

    private static byte[] infectedPdf() {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.7\n% bewijs van deelname\n".getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(ClamdProcess.eicar());
        pdf.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    @Test
    @DisplayName("Scanned by clamd: a clean file is stored, an infected one refused and audited, nothing of it kept")
    void scannedByClamd() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Admitted rita = api.admitted(office, api.staff("AUDITOR"), "C", "2026-01-05");
        Login login = rita.person().login();
        long registration = rita.registrationId();
        api.clock("2026-03-01");
        long clean = api.peActivity(login, registration, "2026-02-01", 4, "TRAINING");
        long other = api.peActivity(login, registration, "2026-02-02", 4, "TRAINING");
        Person applicant = api.registrant(office, "Iris", Api.unique("Besmet"));
        long application = api.apply(applicant, "C", "ENTRY_AUDIT", 1, "MBO_PLUS", "C", null);

        try (ClamdProcess clamd = ClamdProcess.start(port())) {
            api.upload(login, "/pe-activities/" + clean + "/evidence", Api.PDF, "application/pdf", "bewijs.pdf")
                    .then().statusCode(204);
            String before = dossier(api, office, registration);

            JsonPath dutch = refused(api.upload(login, "/pe-activities/" + other + "/evidence", infectedPdf(),
                    "application/pdf", "besmet.pdf"), 422);
            assertThat(dutch.getString("detail")).contains("besmet.pdf").contains("virusscanner")
                    .contains(ClamdProcess.SIGNATURE);
            Response english = api.as(login).header("Accept-Language", "en").contentType("application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"infected.pdf\"").body(infectedPdf())
                    .put("/pe-activities/" + clean + "/evidence");
            assertThat(refused(english, 422).getString("detail")).contains("virus scanner found harmful content");
            assertThat(dossier(api, office, registration)).as("the dossier after the refusals").isEqualTo(before);
            assertThat(api.as(login).accept("application/pdf").get("/pe-activities/" + clean + "/evidence")
                    .then().statusCode(200).extract().asByteArray()).as("the evidence the infected file was to replace")
                    .isEqualTo(Api.PDF);

            List<Map<String, Object>> audited = api.as(office).queryParam("action", "document.infected")
                    .get("/admin/audit").then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(audited).hasSize(2).allSatisfy(line -> {
                assertThat(line.get("actor")).isEqualTo(login.username());
                assertThat(line.get("outcome")).isEqualTo("REFUSED");
                assertThat((String) line.get("detail")).contains(ClamdProcess.SIGNATURE).contains("sha256");
            });

            PortalSession portal = PortalSession.signIn(base, applicant.login());
            String answer = attach(portal, application, infectedPdf(), "cv-besmet.pdf");
            assertThat(answer).contains("Het bestand cv-besmet.pdf is geweigerd: de virusscanner vond er schadelijke "
                    + "inhoud in").doesNotContain("is toegevoegd");
            assertThat(attach(portal, application, Api.PDF, "cv.pdf")).contains("cv.pdf is toegevoegd");
        }

        Response stopped = api.upload(login, "/pe-activities/" + other + "/evidence", Api.PDF, "application/pdf",
                "bewijs.pdf");
        assertThat(refused(stopped, 503).getString("detail")).contains("Probeer het later opnieuw");
    }

    @Test
    @DisplayName("A configured clamd that cannot be reached, or never answers, refuses every upload (503)")
    void failsClosed() throws IOException {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Admitted rita = api.admitted(office, api.staff("AUDITOR"), "C", "2026-01-05");
        Login login = rita.person().login();
        long registration = rita.registrationId();
        api.clock("2026-03-01");
        long activity = api.peActivity(login, registration, "2026-02-01", 4, "TRAINING");
        String before = dossier(api, office, registration);
        String evidence = "/pe-activities/" + activity + "/evidence";

        Response nobody = api.upload(login, evidence, Api.PDF, "application/pdf", "bewijs.pdf");
        JsonPath dutch = refused(nobody, 503);
        assertThat(dutch.getString("title")).isEqualTo("Tijdelijk niet beschikbaar");
        assertThat(dutch.getString("detail")).contains("virussen").contains("Probeer het later opnieuw");
        assertThat(nobody.header("Retry-After")).isNotBlank();
        Response english = api.as(login).header("Accept-Language", "en").contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"evidence.pdf\"").body(Api.PDF).put(evidence);
        assertThat(refused(english, 503).getString("detail")).contains("try again later");

        try (ServerSocket silent = new ServerSocket(port(), 50, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> holdConnections(silent));
            long start = System.nanoTime();
            refused(api.upload(login, evidence, Api.PDF, "application/pdf", "bewijs.pdf"), 503);
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).as("the upload waits for the scanner's time limit, and no longer")
                    .isBetween(Duration.ofMillis(TIMEOUT_MS - 500), Duration.ofMillis(TIMEOUT_MS * 5L));
        }

        Person applicant = api.registrant(office, "Otto", Api.unique("Offline"));
        long application = api.apply(applicant, "C", "ENTRY_AUDIT", 1, "MBO_PLUS", "C", null);
        PortalSession portal = PortalSession.signIn(base, applicant.login());
        assertThat(attach(portal, application, Api.PDF, "cv.pdf")).contains("Probeer het later opnieuw")
                .doesNotContain("is toegevoegd");
        assertThat(dossier(api, office, registration)).as("the dossier after the refusals").isEqualTo(before);
    }

    /** Accepts connections and never reads from them nor answers: a hanging daemon. */
    private static void holdConnections(ServerSocket silent) {
        List<Socket> held = new java.util.ArrayList<>();
        try {
            while (!silent.isClosed()) {
                held.add(silent.accept());
            }
        } catch (IOException closed) {
            held.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Adds a CV to the application on its page, as the registrant does; returns the page's answer. */
    private String attach(PortalSession portal, long application, byte[] content, String filename) {
        String path = "/registrant/application.xhtml?id=" + application;
        Page page = portal.get(path);
        Page answer = portal.upload(page, path, "attach", "attach:file", "attach:file attach:kind",
                Map.of("attach:kind", "CV"), filename, "application/pdf", content);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(PortalAccessMatrixIT.leaks(answer)).isFalse();
        return answer.body();
    }

    private static JsonPath refused(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.jsonPath();
    }

    private static String dossier(Api api, Login office, long registration) {
        return api.as(office).get("/registrations/" + registration).then().statusCode(200).extract().asString()
                + api.as(office).get("/registrations/" + registration + "/renewal").then().statusCode(200)
                .extract().asString();
    }
}
