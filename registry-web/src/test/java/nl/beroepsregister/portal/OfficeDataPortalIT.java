package nl.beroepsregister.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Deployments;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office's data in a real browser: registrants taken over from a CSV file in the background (good rows imported
 * exactly like an admission, bad rows reported with row, column and reason and nothing of them stored), the charts
 * with their figures, and the registrations exported as CSV and as an Excel workbook that are read back here. The
 * tests build on each other's data, in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeDataPortalIT {

    /** Seven rows: 2, 4 and 8 are good; 3, 5, 6 and 7 are not, each for another reason. */
    static final String IMPORT = "\uFEFFfirstName;lastName;email;employer;jobTitle;username;level;startDate;register;"
            + "language;remarks\r\n"
            + "Anna;de Vries;anna@gemeente.example;Gemeente Ede;Accountmanager bedrijven;anna.import;B;2025-09-01;AMB;"
            + "nl;\r\n"
            + "Bert;Bakker;geen-e-mailadres;Gemeente Ede;;bert.import;C;2025-10-01;;;\r\n"
            + "Carla;Çelik;carla@gemeente.example;;;carla.import;A;01-03-2025;;;belt terug\r\n"
            + "Dirk;Dekker;dirk@gemeente.example;;;dirk.import;D;2025-13-01;;;\r\n"
            + "Eva;Evers;eva@gemeente.example;;;ANNA.import;C;2025-11-01;;;\r\n"
            + "Frank;Faber;frank@gemeente.example;;;frank.import;C;2025-11-01;XYZ;;\r\n"
            + "Hugo;Hendriks;hugo@gemeente.example;;;hugo.import;C;2025-12-15;;en;\r\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Browser browser;
    Login office;
    final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void open() {
        api = new Api(base);
        office = api.staff("OFFICE");
        browser = Browser.open(base);
        browser.go("/login.xhtml");
        browser.type("login:username", office.username()).type("login:password", office.password())
                .click("login:signIn");
    }

    @AfterEach
    void close() {
        browser.close();
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void check(String page) {
        browser.accessibilityProblems()
                .forEach(problem -> accessibility.add(page + ": " + problem));
    }

    /** A download as the signed-in office: the browser's session, over plain HTTP. */
    private Response download(String path) {
        return RestAssured.given().baseUri(api.base()).cookies(browser.cookies())
                .redirects().follow(false).get(path);
    }

    static List<CSVRecord> csv(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    @Order(1)
    @DisplayName("An import in the background: good rows imported as admissions, bad rows reported, nothing of them "
            + "stored")
    void importFromCsv() throws IOException {
        api.clock("2026-01-05");
        browser.go("/office/import.xhtml");
        assertThat(browser.text("#format")).contains("firstName", "startDate", "Begin van het lopende registratiejaar");
        browser.screenshot("office-import-nl");
        check("import");

        Path file = Files.createTempFile("registranten", ".csv");
        Files.writeString(file, IMPORT, StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.click("upload:start");
        assertThat(browser.url()).contains("/office/import.xhtml").contains("run=");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(d -> !d.findElements(By.id("summary")).isEmpty());
        browser.settle();

        assertThat(browser.text("#summary").replaceAll("\\s+", " "))
                .contains("Rijen 7", "Geïmporteerd 3", "Afgewezen 4");
        String rejections = browser.text("#rejections").replaceAll("\\s+", " ");
        assertThat(rejections).contains("3 email geen-e-mailadres Dit is geen geldig e-mailadres.",
                "5 level D Onbekend niveau D: kies C, B of A.",
                "5 startDate 2025-13-01 Dit is geen datum",
                "6 username ANNA.import De gebruikersnaam anna.import is al in gebruik.",
                "7 register XYZ Register XYZ bestaat niet.");
        browser.screenshot("office-import-done-nl");
        check("import done");

        String report = download(browser.driver().findElement(By.id("watch:report")).getAttribute("href")
                .replaceAll("^https?://[^/]+", "").replaceFirst("^" + base.getPath().replaceAll("/$", ""), ""))
                .then().statusCode(200).extract().asString();
        List<CSVRecord> reported = csv(report);
        assertThat(reported.get(0).values()).containsExactly("Rij", "Kolom", "Waarde", "Reden");
        assertThat(reported.subList(1, reported.size())).extracting(r -> r.get(0))
                .containsExactly("3", "5", "5", "6", "7");

        // nothing of a rejected row was stored: its username is still free
        for (String free : List.of("bert.import", "dirk.import", "frank.import")) {
            api.as(api.admin()).body(Map.of("username", free, "password", "een-wachtwoord", "roles",
                    List.of("AUDITOR"))).post("/accounts").then().statusCode(201);
        }
        // a good row is a registration as an admission makes it: active, its year, its title, a certificate
        String number = api.as(office).get("/public/registrations?name=de vries").then().statusCode(200)
                .extract().jsonPath().getString("[0].registrationNumber");
        Map<String, Object> anna = api.anonymous().get("/public/registrations/" + number).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(anna).containsEntry("title", "R-AMB").containsEntry("level", "B")
                .containsEntry("validUntil", "2026-09-01");
    }

    @Test
    @Order(2)
    @DisplayName("The charts show the registrations per level and status, the renewals to come, and the dossiers, "
            + "each with its figures as a table")
    void charts() {
        browser.go("/office/statistics.xhtml");
        assertThat(browser.all("canvas")).hasSize(3);
        List<String> tables = browser.all("details.chart-data table").stream()
                .map(table -> table.getAttribute("textContent").replaceAll("\\s+", " ")).toList();
        assertThat(tables).hasSize(3);
        assertThat(tables.get(0)).contains("AMB niveau C", "AMB niveau B", "AMB niveau A", "actief");
        assertThat(tables.get(1)).contains("mrt 2026", "sep 2026", "dec 2026");
        assertThat(tables.get(2)).contains("op tijd", "te laat", "niet ingediend");
        browser.driver().findElement(By.cssSelector("details.chart-data summary")).click();
        assertThat(browser.text("details.chart-data table")).contains("AMB niveau B");
        browser.screenshot("office-statistics-nl");
        check("statistics");

        try (Browser phone = Browser.open(base, "nl", true)) {
            phone.go("/login.xhtml");
            phone.type("login:username", office.username()).type("login:password", office.password())
                    .click("login:signIn");
            phone.go("/office/statistics.xhtml");
            assertThat(phone.all("canvas")).hasSize(3);
            phone.screenshot("office-statistics-phone-nl");
        }
    }

    @Test
    @Order(3)
    @DisplayName("The registrations export as CSV (UTF-8 with BOM, semicolons) and as Excel, all or filtered")
    void exports() throws IOException {
        browser.go("/office/statistics.xhtml");
        assertThat(browser.driver().findElement(By.id("exportCsv")).getAttribute("href"))
                .endsWith("/office/registrations.csv");

        Response csv = download("/office/registrations.csv");
        csv.then().statusCode(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("registraties-2026-01-05.csv");
        List<CSVRecord> rows = csv(new String(csv.asByteArray(), StandardCharsets.UTF_8));
        assertThat(rows.get(0).values()).containsExactly("Registratienummer", "Voornaam", "Achternaam",
                "E-mailadres", "Werkgever", "Register", "Niveau", "Status", "Ingeschreven sinds",
                "Geregistreerd tot");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(2) + "|" + r.get(6) + "|" + r.get(7) + "|" + r.get(9))
                .containsExactly("de Vries|B|actief|2026-09-01", "Çelik|A|actief|2026-03-01",
                        "Hendriks|C|actief|2026-12-15");

        List<CSVRecord> onlyB = csv(download("/office/registrations.csv?level=B").asString());
        assertThat(onlyB).hasSize(2);
        assertThat(onlyB.get(1).get(1)).isEqualTo("Anna");

        Response excel = download("/office/registrations.xlsx?q=hendriks");
        excel.then().statusCode(200);
        assertThat(excel.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Registraties");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Registratienummer");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Hendriks");
            assertThat(sheet.getRow(1).getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2026, 12, 15));
        }
        Response all = download("/office/registrations.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(all.asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }
}
