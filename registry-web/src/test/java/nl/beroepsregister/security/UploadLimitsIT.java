package nl.beroepsregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Api.Person;
import nl.beroepsregister.journey.Deployments;
import nl.beroepsregister.portal.PortalSession;
import nl.beroepsregister.portal.PortalSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits on what one renewal dossier (a registration year) and one application may hold, so that no one fills
 * the database: the test servers allow 12 files and 4 MiB per dossier, 5 files and 4 MiB per application
 * (arquillian.xml; the defaults are 60 files and 200 MiB, 20 files and 100 MiB). Up to the limit is accepted, beyond
 * it is refused with 422 and a clear text in the reader's language, and the refusal changes nothing — read back
 * through the API (the dossier; the personal-data export for an application's files).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadLimitsIT {

    private static final int FILES_PER_DOSSIER = 12;
    private static final int FILES_PER_APPLICATION = 5;
    private static final byte[] MB_1_5 = Api.pdf(3 * 1024 * 1024 / 2);
    private static final byte[] MB_0_5 = Api.pdf(1024 * 1024 / 2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("A dossier takes 12 files; the 13th is refused until one is removed; a replacement always fits")
    void filesPerDossier() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Admitted rita = api.admitted(office, api.staff("AUDITOR"), "C", "2026-01-05");
        Login login = rita.person().login();
        long registration = rita.registrationId();
        api.clock("2026-03-01");
        List<Long> proven = new ArrayList<>();
        for (int i = 0; i < FILES_PER_DOSSIER; i++) {
            proven.add(api.provenActivity(login, registration, "2026-02-01", 1, "TRAINING"));
        }
        long thirteenth = api.peActivity(login, registration, "2026-02-02", 1, "TRAINING");
        String before = dossier(api, office, registration);

        JsonPath dutch = refused(api.upload(login, "/pe-activities/" + thirteenth + "/evidence", Api.PDF,
                "application/pdf", "dertien.pdf"));
        assertThat(dutch.getString("detail")).contains("maximum van 12 bestanden");
        Response english = api.as(login).header("Accept-Language", "en").contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"thirteen.pdf\"").body(Api.PDF)
                .put("/pe-activities/" + thirteenth + "/evidence");
        assertThat(refused(english).getString("detail")).contains("maximum of 12 files");
        assertThat(dossier(api, office, registration)).as("the dossier after the refusals").isEqualTo(before);

        api.upload(login, "/pe-activities/" + proven.get(0) + "/evidence", MB_0_5, "application/pdf", "nieuw.pdf")
                .then().statusCode(204);
        api.as(login).delete("/pe-activities/" + proven.get(1)).then().statusCode(204);
        api.upload(login, "/pe-activities/" + thirteenth + "/evidence", Api.PDF, "application/pdf", "dertien.pdf")
                .then().statusCode(204);
        assertThat(api.renewal(office, registration).getBoolean(
                "requirements.find { it.code == 'PE_EVIDENCE' }.met")).isTrue();
    }

    @Test
    @DisplayName("A dossier takes 4 MiB of evidence and practice report together; a file beyond that is refused")
    void bytesPerDossier() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Admitted bert = api.admitted(office, api.staff("AUDITOR"), "B", "2026-01-05");
        Login login = bert.person().login();
        long registration = bert.registrationId();
        api.clock("2026-03-01");
        long first = api.peActivity(login, registration, "2026-02-01", 2, "TRAINING");
        long second = api.peActivity(login, registration, "2026-02-01", 2, "TRAINING");
        long third = api.peActivity(login, registration, "2026-02-01", 2, "TRAINING");
        api.upload(login, "/pe-activities/" + first + "/evidence", MB_1_5, "application/pdf", "a.pdf")
                .then().statusCode(204);
        api.upload(login, "/pe-activities/" + second + "/evidence", MB_1_5, "application/pdf", "b.pdf")
                .then().statusCode(204);
        String before = dossier(api, office, registration);

        JsonPath tooMuch = refused(api.upload(login, "/pe-activities/" + third + "/evidence", MB_1_5,
                "application/pdf", "c.pdf"));
        assertThat(tooMuch.getString("detail")).contains("1,5 MB").contains("4 MB").contains("3 MB");
        assertThat(dossier(api, office, registration)).isEqualTo(before);

        long portfolio = api.propose(login, registration, true);
        api.judgePortfolio(office, portfolio, true, null).then().statusCode(200);
        api.enrol(office, api.meeting(office, "2026-10-01"), registration).then().statusCode(200);
        String enrolled = dossier(api, office, registration);
        refused(api.upload(login, "/portfolio/" + portfolio + "/report", MB_1_5, "application/pdf", "verslag.pdf"));
        assertThat(dossier(api, office, registration)).as("the dossier after the refused report").isEqualTo(enrolled);
        api.upload(login, "/portfolio/" + portfolio + "/report", MB_0_5, "application/pdf", "verslag.pdf")
                .then().statusCode(204);
        assertThat(api.renewal(office, registration).getBoolean(
                "requirements.find { it.code == 'PRACTICE_REPORT' }.met")).isTrue();
    }

    @Test
    @DisplayName("An application takes 5 files and 4 MiB of evidence; the portal refuses more, and nothing is stored")
    void perApplication() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");

        Person many = api.registrant(office, "Mia", Api.unique("Veel"));
        long application = api.apply(many, "C", "ENTRY_AUDIT", 1, "MBO_PLUS", "C", null);
        PortalSession portal = PortalSession.signIn(base, many.login());
        for (int i = 1; i <= FILES_PER_APPLICATION; i++) {
            assertThat(attach(portal, application, Api.PDF, "cv-" + i + ".pdf")).contains("cv-" + i + ".pdf is toegevoegd");
        }
        assertThat(attach(portal, application, Api.PDF, "cv-6.pdf"))
                .contains("Deze aanvraag heeft al het maximum van 5 bewijsstukken.")
                .doesNotContain("cv-6.pdf is toegevoegd");
        assertThat(exportedDocuments(api, office, many.id())).hasSize(FILES_PER_APPLICATION);

        Person large = api.registrant(office, "Lars", Api.unique("Groot"));
        long other = api.apply(large, "C", "ENTRY_AUDIT", 1, "MBO_PLUS", "C", null);
        PortalSession larsPortal = PortalSession.signIn(base, large.login());
        attach(larsPortal, other, MB_1_5, "een.pdf");
        attach(larsPortal, other, MB_1_5, "twee.pdf");
        assertThat(attach(larsPortal, other, MB_1_5, "drie.pdf"))
                .contains("Dit bestand (1,5 MB) past niet meer bij deze aanvraag")
                .doesNotContain("drie.pdf is toegevoegd");
        assertThat(exportedDocuments(api, office, large.id())).hasSize(2);
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

    private static JsonPath refused(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.jsonPath();
    }

    /** The registration and its dossier as the office reads them. */
    private static String dossier(Api api, Login office, long registration) {
        return api.as(office).get("/registrations/" + registration).then().statusCode(200).extract().asString()
                + api.as(office).get("/registrations/" + registration + "/renewal").then().statusCode(200)
                .extract().asString();
    }

    /** The files in the registrant's personal-data export. */
    private static List<String> exportedDocuments(Api api, Login office, long registrant) {
        byte[] zip = api.as(office).accept("application/zip").get("/registrants/" + registrant + "/export")
                .then().statusCode(200).extract().asByteArray();
        List<String> documents = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                if (!entry.getName().endsWith(".json")) {
                    documents.add(entry.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }
}
