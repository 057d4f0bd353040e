package nl.beroepsregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Only so many large uploads are taken in at once, so that files arriving together cannot exhaust the server's memory:
 * the test server lets 2 in and lets the next wait 3 seconds (arquillian.xml; the defaults are 4 and 30). Two uploads
 * that are still sending hold the two places; a third waits, is refused with 503 and Retry-After in the reader's
 * language and stores nothing, while a small file passes at once; when the two have finished, it is taken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadAdmissionIT {

    private static final byte[] MB_1_2 = Api.pdf(1200 * 1024);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("Two large uploads at a time: a third waits, is refused with 503 when no place comes free, stores "
            + "nothing, and is taken once the two are done")
    void aThirdWaitsItsTurn() throws Exception {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Admitted anna = api.admitted(office, api.staff("AUDITOR"), "C", "2026-01-05");
        Login login = anna.person().login();
        api.clock("2026-03-01");
        long first = api.peActivity(login, anna.registrationId(), "2026-02-01", 1, "TRAINING");
        long second = api.peActivity(login, anna.registrationId(), "2026-02-02", 1, "TRAINING");
        long third = api.peActivity(login, anna.registrationId(), "2026-02-03", 1, "TRAINING");

        try (SlowUpload one = new SlowUpload(login, "/api/pe-activities/" + first + "/evidence");
             SlowUpload two = new SlowUpload(login, "/api/pe-activities/" + second + "/evidence")) {
            Thread.sleep(1000); // both are in the server, each holding its place while it still sends

            long began = System.nanoTime();
            Response dutch = api.upload(login, "/pe-activities/" + third + "/evidence", MB_1_2, "application/pdf",
                    "derde.pdf");
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("it waited its turn first")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2900));
            assertThat(dutch.statusCode()).as(dutch.asString()).isEqualTo(503);
            assertThat(dutch.contentType()).startsWith("application/problem+json");
            assertThat(dutch.header("Retry-After")).isEqualTo("60");
            assertThat(dutch.jsonPath().getString("title")).isEqualTo("Tijdelijk niet beschikbaar");
            assertThat(dutch.jsonPath().getString("detail")).contains("veel bestanden tegelijk")
                    .contains("Er is niets opgeslagen");

            Response english = api.as(login).header("Accept-Language", "en").contentType("application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"third.pdf\"").body(MB_1_2)
                    .put("/pe-activities/" + third + "/evidence");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.jsonPath().getString("detail")).contains("many files at once")
                    .contains("Nothing was stored");

            api.as(login).accept("application/pdf").get("/pe-activities/" + third + "/evidence")
                    .then().statusCode(404);
            api.upload(login, "/pe-activities/" + third + "/evidence", Api.PDF, "application/pdf", "klein.pdf")
                    .then().statusCode(204); // a small file does not wait

            assertThat(one.finish()).as("the first slow upload").isEqualTo(204);
            assertThat(two.finish()).as("the second slow upload").isEqualTo(204);
        }
        api.upload(login, "/pe-activities/" + third + "/evidence", MB_1_2, "application/pdf", "derde.pdf")
                .then().statusCode(204);
        assertThat(api.as(login).accept("application/pdf").get("/pe-activities/" + third + "/evidence")
                .then().statusCode(200).extract().asByteArray()).isEqualTo(MB_1_2);
    }

    /** An upload over a plain socket that sends its headers and a first part of the file, and the rest later. */
    private final class SlowUpload implements AutoCloseable {

        private static final int FIRST_PART = 64 * 1024;
        private final Socket socket;
        private final OutputStream out;

        SlowUpload(Login login, String path) throws IOException {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            String credentials = Base64.getEncoder().encodeToString(
                    (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
            String context = base.getPath().endsWith("/") ? base.getPath().substring(0, base.getPath().length() - 1)
                    : base.getPath();
            String head = "PUT " + context + path + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Basic " + credentials + "\r\n"
                    + "Content-Type: application/pdf\r\n"
                    + "Content-Disposition: attachment; filename=\"langzaam.pdf\"\r\n"
                    + "Content-Length: " + MB_1_2.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(MB_1_2, 0, FIRST_PART);
            out.flush();
        }

        /** Sends the rest of the file; returns the status the register answered. */
        int finish() throws IOException {
            out.write(MB_1_2, FIRST_PART, MB_1_2.length - FIRST_PART);
            out.flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            String status = answer.readLine();
            assertThat(status).as("the status line").startsWith("HTTP/1.1 ");
            return Integer.parseInt(status.split(" ")[1]);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
