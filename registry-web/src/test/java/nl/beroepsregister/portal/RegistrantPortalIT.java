package nl.beroepsregister.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Api.Person;
import nl.beroepsregister.journey.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registrant's own pages in a real browser, walked as a registrant would: the dashboard, building a whole dossier
 * and submitting it, applying and following the application, upgrading; wrong input (a 12 MB file, an .exe named
 * .pdf, a date outside the year, an empty required field) with the message on the page and nothing stored, checked
 * through the API as the office; and another registrant's pages and files, which are "not found". Every page is
 * checked with axe-core and photographed in Dutch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrantPortalIT {

    private static final byte[] PDF = "%PDF-1.7\n% bewijs van deelname\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R'};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Login office;
    Login auditor;
    Browser browser;
    Path files;
    final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        api = new Api(base);
        office = api.staff("OFFICE");
        auditor = api.staff("AUDITOR");
        browser = Browser.open(base);
        files = Files.createTempDirectory("uploads");
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
        try (var walk = Files.walk(files)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    @DisplayName("Level B: the dashboard's checklist, a whole dossier built in the browser, submitted, returned")
    void wholeDossierAtLevelB() {
        Person fleur = person("Fleur", "Dekker", "fleur.dekker");
        long registration = admit(fleur, "B", "2026-01-05");
        api.clock("2026-03-02");
        long meeting = api.meeting(office, "2026-06-10");
        api.enrol(office, meeting, registration).then().statusCode(200);

        signIn(fleur);
        assertThat(browser.url()).contains("/registrant/dashboard.xhtml");
        String dashboard = browser.text("#registration-" + registration);
        assertThat(dashboard).contains("Beroepsregister Accountmanager Bedrijven, niveau B", "actief",
                "U mag de titel R-AMB voeren.", "5 januari 2026 tot 5 januari 2027", "5 november 2026 (nog 248 dagen)",
                "U heeft de verklaring nog in functie voor dit jaar nog niet ondertekend.",
                "U heeft 0 van de 12 PE-punten; er ontbreken er nog 12.", "Geldig certificaat",
                "Fleur Dekker, R-AMB", "https://register.example/verify/");
        assertThat(browser.all("#registration-" + registration + " ul.checklist li.missing")).hasSize(6);
        check("dashboard");
        browser.screenshot("registrant-dashboard-nl");
        fullScreenshot("registrant-dashboard-full-nl");

        browser.follow("Naar mijn verlengingsdossier");
        assertThat(browser.url()).contains("/registrant/dossier.xhtml?registration=" + registration);
        assertThat(browser.text("h1")).isEqualTo("Mijn verlengingsdossier");
        check("dossier, empty");

        addActivity("15-02-2026", "Onderhandelen met ondernemers", "Bestuursacademie", "8", "TRAINING",
                file("certificaat-onderhandelen.pdf", PDF));
        assertThat(text("#activity\\:activityMessages")).contains("De activiteit \"Onderhandelen met ondernemers\" is toegevoegd.");
        addActivity("20-02-2026", "Regionaal accountmanagersoverleg", "Provincie Utrecht", "3", "NETWORK",
                file("deelname-overleg.png", PNG));
        addActivity("25-02-2026", "Webinar omgevingswet", "VNG Academie", "2", "TRAINING", null);
        assertThat(browser.text("#activities")).contains("Onderhandelen met ondernemers", "Bestuursacademie",
                "certificaat-onderhandelen.pdf", "deelname-overleg.png", "Webinar omgevingswet", "ontbreekt");
        assertThat(browser.text("#summary")).contains("Bij 1 PE-activiteit ontbreekt nog het bewijs van deelname.");

        // change the network activity's points, then remove the one without evidence
        clickRowButton("Regionaal accountmanagersoverleg", "edit");
        assertThat(browser.text("#activity\\:activityFields h3")).isEqualTo("Activiteit wijzigen");
        browser.type("activity:points", "4").click("activity:save");
        assertThat(text("#activity\\:activityMessages")).contains("is gewijzigd");
        clickRowButton("Webinar omgevingswet", "remove");
        assertThat(browser.pageText()).contains("Deze activiteit en het bewijs verwijderen?");
        clickRowButton("Webinar omgevingswet", "removeYes");
        assertThat(browser.text("#activities")).doesNotContain("Webinar omgevingswet");
        assertThat(browser.text("#tally")).contains("12 van 12", "voldoende");

        // the declaration, prefilled from the registrant's details
        assertThat(browser.find("#declare\\:employer").getAttribute("value")).isEqualTo("Gemeente Amersfoort");
        browser.choose("declare:inFunction", "true").click("declare:sign");
        assertThat(text("#declare\\:declareMessages")).contains("Uw verklaring is ondertekend.");

        // the questionnaire
        List<WebElement> answers = browser.all("#answers textarea");
        assertThat(answers).hasSize(4);
        String[] given = {"Geen veranderingen.", "Bedrijventerreinen en acquisitie.", "Een nieuw ondernemersloket.",
                "Onderhandelen."};
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).sendKeys(given[i]);
        }
        browser.click("answers:saveAnswers");
        assertThat(text("#answers\\:answersMessages")).contains("Uw antwoorden zijn opgeslagen.");

        // the portfolio: proposed, rejected with a reason, proposed again, approved, the report uploaded
        browser.type("proposal:title", "Bedrijvenloket").type("proposal:description", "Eén loket voor ondernemers.")
                .click("proposal:propose");
        assertThat(browser.text("#portfolioArea")).contains("Bedrijvenloket", "voorgesteld", "wacht op beoordeling");
        long first = api.renewal(office, registration).getLong("portfolio.id");
        api.judgePortfolio(office, first, false, "Dit hoort bij uw dagelijkse werk.").then().statusCode(200);
        browser.go("/registrant/dossier.xhtml?registration=" + registration);
        assertThat(browser.text("#rejection")).contains("Dit hoort bij uw dagelijkse werk.");
        browser.type("proposal:title", "Samenwerking ondernemersvereniging")
                .type("proposal:description", "Een gezamenlijk plan met de ondernemersvereniging.")
                .click("proposal:propose");
        long second = api.renewal(office, registration).getLong("portfolio.id");
        api.judgePortfolio(office, second, true, null).then().statusCode(200);
        browser.go("/registrant/dossier.xhtml?registration=" + registration);
        upload("report:reportFile", file("praktijkverslag.pdf", PDF));
        assertThat(text("#report\\:reportMessages")).contains("Uw praktijkverslag praktijkverslag.pdf is bewaard.");
        assertThat(browser.text("#reportFileLink")).contains("praktijkverslag.pdf");
        assertThat(browser.text("#meetingFacts")).contains("10 juni 2026", "Utrecht, Stadskantoor");

        // the evidence and the report open for their owner, byte for byte
        assertThat(download("/registrant/files/evidence/" + activityId(registration, "Onderhandelen met ondernemers"))
                .asByteArray()).isEqualTo(PDF);
        assertThat(download("/registrant/files/report/" + second).asByteArray()).isEqualTo(PDF);

        // everything held about her, from the dashboard's link: the JSON and the files she uploaded
        browser.go("/registrant/dashboard.xhtml");
        String personalData = browser.find("#personalDataLink").getAttribute("href");
        Response zip = download(personalData.substring(personalData.indexOf("/registrant/")));
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        List<String> entries = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.asByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(entries).anyMatch(name -> name.endsWith(".json")).anyMatch(name -> name.endsWith(".pdf"));
        browser.go("/registrant/dossier.xhtml?registration=" + registration);

        // not complete yet: the button says what is missing, and submitting is refused
        assertThat(browser.find("#submit\\:submitDossier").getText()).isEqualTo("Dossier indienen (nog 1 onderdeel nodig)");
        assertThat(browser.text("#missing")).contains("U bent aangemeld voor de intervisiebijeenkomst van 10 juni 2026");
        check("dossier, nearly complete");
        browser.screenshot("registrant-dossier-nl");
        screenshotFrom("#pe", "registrant-dossier-pe-nl");
        screenshotFrom("#portfolio", "registrant-dossier-portfolio-nl");
        fullScreenshot("registrant-dossier-full-nl");
        browser.click("submit:submitDossier");
        assertThat(text("#submit\\:submitMessages")).contains("Het dossier is nog niet compleet en kan niet worden ingediend.");
        assertThat(api.renewal(office, registration).getString("status")).isEqualTo("OPEN");

        // after the meeting: complete, submitted, read-only
        api.clock("2026-06-10");
        api.attendance(office, meeting, registration, true).then().statusCode(200);
        browser.go("/registrant/dossier.xhtml?registration=" + registration);
        assertThat(browser.text("#submission")).contains("Uw dossier is compleet.");
        browser.click("submit:submitDossier");
        assertThat(browser.text("#submitted")).contains("Uw dossier is ingediend", "Ingediend op 10 juni 2026");
        assertThat(text("#submit\\:submitMessages")).contains("Uw dossier is ingediend.");
        assertThat(browser.all("#activity\\:save")).isEmpty();
        assertThat(browser.all("#declare\\:sign")).isEmpty();
        check("dossier, submitted");
        browser.screenshot("registrant-dossier-submitted-nl");
        JsonPath submitted = api.renewal(office, registration);
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getList("peActivities.title")).containsExactly("Onderhandelen met ondernemers",
                "Regionaal accountmanagersoverleg");
        assertThat(submitted.getList("peActivities.points")).containsExactly(8, 4);
        assertThat(submitted.getList("peActivities.evidence.contentType")).containsExactly("application/pdf",
                "image/png");

        // returned by the office, with its reasons; open again
        api.renewalDecision(office, registration, Map.of("approved", false, "refuse", false,
                "reason", "Het bewijs van het overleg is onleesbaar.")).then().statusCode(200);
        browser.go("/registrant/dossier.xhtml?registration=" + registration);
        assertThat(browser.text("#returned")).contains("Het registerbureau heeft uw dossier teruggestuurd",
                "Het bewijs van het overleg is onleesbaar.");
        assertThat(browser.all("#activity\\:save")).hasSize(1);
        check("dossier, returned");
        browser.screenshot("registrant-dossier-returned-nl");

        try (Browser phone = Browser.open(base, "nl", true)) {
            Browser desk = browser;
            browser = phone;
            signIn(fleur);
            phone.screenshot("registrant-dashboard-phone-nl");
            phone.go("/registrant/dossier.xhtml?registration=" + registration + "#pe");
            phone.screenshot("registrant-dossier-phone-nl");
            browser = desk;
        }
    }

    @Test
    @DisplayName("Level A: the running PE total shows the network rule: at least 6 earned, at most 10 counted")
    void networkRuleAtLevelA() {
        Person pieter = person("Pieter", "de Boer", "pieter.deboer");
        long registration = admit(pieter, "A", "2026-01-05");
        api.clock("2026-04-01");
        api.provenActivity(pieter.login(), registration, "2026-02-01", 14, "TRAINING");
        api.provenActivity(pieter.login(), registration, "2026-02-15", 4, "NETWORK");
        signIn(pieter);
        browser.go("/registrant/dossier.xhtml?registration=" + registration);
        assertThat(browser.text("#tally")).contains("minstens 6 nodig, hoogstens 10 tellen mee",
                "nog 2 netwerkpunten nodig", "18 van 20");
        assertThat(browser.text("#summary")).contains(
                "U heeft 18 van de 20 PE-punten, en 4 punten voor ontwikkeling van netwerk en beroepsgroep waar er "
                        + "minstens 6 nodig zijn.");
        addActivity("01-03-2026", "Ondernemersvereniging, drie bijeenkomsten", "OV Amersfoort", "8", "NETWORK",
                file("presentielijst.pdf", PDF));
        String tally = browser.text("#tally");
        assertThat(tally).contains("12", "10", "2 boven het maximum tellen niet mee", "24 van 20", "voldoende");
        assertThat(browser.text("#summary")).contains("U heeft 24 PE-punten; 20 zijn nodig.");
        assertThat(browser.text("#portfolio")).contains("gericht is op het lokale niveau");
        assertThat(browser.all("#proposal\\:localLevel")).hasSize(1);
        check("dossier, level A");
        screenshotFrom("#pe", "registrant-dossier-network-rule-nl");
        JsonPath pe = api.renewal(office, registration);
        assertThat(pe.getInt("pe.network")).isEqualTo(12);
        assertThat(pe.getInt("pe.counted")).isEqualTo(24);

        // the language switch keeps the page, its registration included
        browser.follow("EN");
        assertThat(browser.url()).contains("registration=" + registration);
        assertThat(browser.text("h1")).isEqualTo("My renewal dossier");
        assertThat(browser.text("#tally")).contains("at least 6 needed, at most 10 count", "24 of 20", "enough");
        check("dossier, in English");
        browser.follow("NL");
        assertThat(browser.text("h1")).isEqualTo("Mijn verlengingsdossier");
    }

    @Test
    @DisplayName("Wrong input: an empty field, a date outside the year, 41 points, 12 MB, an .exe named .pdf")
    void wrongInputIsSaidAndNothingIsStored() throws IOException {
        Person bram = person("Bram", "Visser", "bram.visser");
        long registration = admit(bram, "C", "2026-01-05");
        api.clock("2026-03-02");
        signIn(bram);
        browser.go("/registrant/dossier.xhtml?registration=" + registration);

        browser.click("activity:save");
        assertThat(browser.text("#activity")).contains("Datum: vul dit veld in.", "Titel van de activiteit: vul dit veld in.",
                "Aanbieder of organisator: vul dit veld in.", "Punten: vul dit veld in.", "Categorie: vul dit veld in.");
        check("dossier, required fields");
        browser.screenshot("registrant-dossier-required-nl");
        assertThat(activities(registration)).isEmpty();

        addActivity("02-01-2026", "Cursus van vorig jaar", "VNG Academie", "4", "TRAINING", null);
        assertThat(browser.text("#activity")).contains(
                "De datum moet in het lopende registratiejaar liggen (5 januari 2026 tot en met 4 januari 2027).");
        date("activity:date_input", "10-03-2026");
        browser.click("activity:save");
        assertThat(browser.text("#activity")).contains("De datum mag niet in de toekomst liggen.");
        browser.type("activity:points", "41");
        date("activity:date_input", "10-02-2026");
        browser.click("activity:save");
        assertThat(browser.text("#activity")).contains("Het aantal punten moet een geheel getal van 1 tot en met 40 zijn.");
        assertThat(activities(registration)).isEmpty();

        // 12 MB: refused in the browser before it is sent, and on the server when the browser's check is bypassed
        Path large = files.resolve("groot-bewijs.pdf");
        byte[] twelve = new byte[12 * 1024 * 1024];
        System.arraycopy(PDF, 0, twelve, 0, PDF.length);
        Files.write(large, twelve);
        choose("activity:evidence", large, false);
        assertThat(browser.text("#activity\\:evidenceMessage")).contains("mag niet groter zijn dan 10");
        assertThat(browser.text("#activity\\:evidenceChosen")).doesNotContain("groot-bewijs.pdf");
        ((JavascriptExecutor) browser.driver()).executeScript("jQuery(document.getElementById('activity:evidence'))"
                + ".removeAttr('data-p-sizelimit').removeData('p-sizelimit')");
        upload("activity:evidence", large);
        assertThat(browser.text("#activity\\:evidenceMessage")).contains("mag niet groter zijn dan 10,0 MB");
        assertThat(browser.text("#activity\\:evidenceChosen")).doesNotContain("groot-bewijs.pdf");
        browser.screenshot("registrant-dossier-too-large-nl");

        // a program named .pdf passes the browser's check of the name; the register reads its content and refuses it
        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';
        addActivity("10-02-2026", "Cursus klantgericht werken", "VNG Academie", "4", "TRAINING",
                file("bewijs.pdf", program));
        assertThat(browser.text("#activity\\:evidenceMessage")).contains(
                "Dit bestandstype is niet toegestaan. Toegestaan: PDF, PNG, JPEG.");
        check("dossier, refused file");
        browser.screenshot("registrant-dossier-wrong-type-nl");
        assertThat(activities(registration)).as("neither the activity nor the file is stored").isEmpty();

        // the same program as a CV, on the application form: no application is left behind
        browser.go("/registrant/apply.xhtml");
        fillApplication("B", "UPGRADE", "", "HBO_PLUS", "B");
        browser.click("apply:send");
        assertThat(browser.text("#apply")).contains("Ervaring: vul dit veld in.");
        browser.type("apply:experienceYears", "2");
        upload("apply:cv", file("cv.pdf", program));
        browser.click("apply:send");
        assertThat(browser.text("#apply\\:cvMessage")).contains("Dit bestandstype is niet toegestaan. Toegestaan: PDF.");
        check("apply, refused file");
        assertThat(api.as(office).get("/registrants/" + bram.id()).then().statusCode(200).extract().jsonPath()
                .getList("applicationIds")).as("one application, the admission; none added").hasSize(1);
    }

    @Test
    @DisplayName("Applying: the indication before sending, refusals as messages, the application's progress")
    void applyAndFollowTheApplication() {
        api.clock("2026-01-05");
        Person sanne = person("Sanne", "de Vries", "sanne.devries");
        signIn(sanne);
        assertThat(browser.text("#none")).contains("U staat nog niet ingeschreven");
        check("dashboard, not registered");
        browser.screenshot("registrant-dashboard-new-nl");
        browser.follow("Inschrijving aanvragen");
        assertThat(browser.text("h1")).isEqualTo("Inschrijving aanvragen");
        assertThat(browser.text("#apply\\:indication")).contains("dan ziet u hier de niveau-indicatie");
        check("apply, empty");

        fillApplication("B", "UPGRADE", "4", "HBO_PLUS", "C");
        assertThat(browser.text("#apply\\:indication")).contains("Indicatie: niveau C",
                "U vraagt niveau B aan, maar uw gegevens geven niveau C.");
        browser.choose("apply:functionLevel", "B");
        browser.settle();
        assertThat(browser.text("#indicationResult")).isEqualTo("Indicatie: niveau B");
        assertThat(browser.text("#apply\\:indication")).doesNotContain("U vraagt niveau");
        upload("apply:cv", file("cv-sanne.pdf", PDF));
        upload("apply:jobDescription", file("functiebeschrijving.pdf", PDF));
        assertThat(browser.text("#apply\\:cvChosen")).contains("cv-sanne.pdf");
        check("apply, indication");
        screenshotFrom("#apply\\:functionLevel", "registrant-apply-nl");
        fullScreenshot("registrant-apply-full-nl");

        browser.click("apply:send");
        assertThat(browser.text("#apply\\:applyMessages")).contains(
                "Een upgrade naar niveau B vraagt een actieve inschrijving op niveau C.");
        assertThat(applications(sanne)).isEmpty();

        browser.choose("apply:route", "ENTRY_AUDIT");
        browser.settle();
        browser.click("apply:send");
        assertThat(browser.url()).contains("/registrant/application.xhtml?id=");
        assertThat(browser.pageText()).contains("Uw aanvraag voor niveau B is verstuurd.");
        assertThat(browser.text("#applicationStatus")).isEqualTo("aangevraagd");
        assertThat(browser.text("#auditStep")).contains("De entree-audit is nog niet gepland");
        assertThat(browser.text("#documents")).contains("cv-sanne.pdf", "functiebeschrijving.pdf");
        long application = applications(sanne).get(0);
        check("application, applied");
        browser.screenshot("registrant-application-nl");

        api.planAudit(office, application, "2026-01-20", auditor);
        browser.go("/registrant/application.xhtml?id=" + application);
        assertThat(browser.text("#auditStep")).contains("Entree-audit gepland op 20 januari 2026 met auditor "
                + auditor.username());
        api.clock("2026-01-20");
        api.pass(auditor, application, "B", "2026-01-20");
        browser.go("/registrant/application.xhtml?id=" + application);
        assertThat(browser.text("#decisionStep")).contains("Besluit op 20 januari 2026: toegelaten op niveau B.");
        assertThat(browser.all("#attach")).isEmpty();
        browser.screenshot("registrant-application-passed-nl");
        browser.follow("Naar mijn registratie");
        assertThat(browser.pageText()).contains("Beroepsregister Accountmanager Bedrijven, niveau B", "actief",
                "Mijn aanvragen", "geslaagd");

        // already registered: a new entry is refused, as a message on the form
        browser.go("/registrant/apply.xhtml");
        fillApplication("B", "ENTRY_AUDIT", "4", "HBO_PLUS", "B");
        browser.click("apply:send");
        assertThat(browser.text("#apply\\:applyMessages")).contains("U staat al actief ingeschreven");
        assertThat(applications(sanne)).hasSize(1);
    }

    @Test
    @DisplayName("Upgrading from C: what level B asks next to C, and the upgrade application with its route filled in")
    void upgradeFromLevelC() {
        Person jan = person("Jan", "Bakker", "jan.bakker");
        long registration = admit(jan, "C", "2026-01-05");
        signIn(jan);
        assertThat(browser.text("#registration-" + registration)).contains("Naar niveau B");
        browser.follow("Wat vraagt niveau B?");
        assertThat(browser.url()).contains("/registrant/upgrade.xhtml?registration=" + registration);
        String gap = browser.text("#gap");
        assertThat(gap).contains("Werk- en denkniveau MBO+ HBO+", "minstens 3 jaar", "8 punten", "12 punten",
                "Vragenlijst nee ja", "Portfolio met praktijkverslag nee ja", "12 maanden", "24 maanden");
        assertThat(browser.text("#courseRoute")).contains("Leergang AMB");
        check("upgrade");
        fullScreenshot("registrant-upgrade-nl");

        browser.click("applyUpgrade");
        assertThat(browser.url()).contains("route=UPGRADE").contains("level=B");
        assertThat(browser.find("input[name='apply:route'][value='UPGRADE']").isSelected()).isTrue();
        assertThat(browser.find("input[name='apply:level'][value='B']").isSelected()).isTrue();
        browser.type("apply:experienceYears", "3");
        browser.choose("apply:workLevel", "HBO_PLUS");
        browser.settle();
        browser.choose("apply:functionLevel", "B");
        browser.settle();
        assertThat(browser.text("#indicationResult")).isEqualTo("Indicatie: niveau B");
        browser.click("apply:send");
        assertThat(browser.text("#auditStep")).contains("Voor deze route is geen audit nodig");
        long application = applications(jan).get(1);

        // refused with a reason, applied for again, passed
        api.decide(office, application, Map.of("passed", false,
                "reason", "Uw functiebeschrijving laat nog geen werk op niveau B zien.")).then().statusCode(200);
        browser.go("/registrant/application.xhtml?id=" + application);
        assertThat(browser.text("#decisionStep")).contains("Besluit op 5 januari 2026: afgewezen.",
                "Uw functiebeschrijving laat nog geen werk op niveau B zien.");
        assertThat(browser.text("#applicationStatus")).isEqualTo("afgewezen");
        check("application, rejected");
        browser.screenshot("registrant-application-rejected-nl");
        long again = api.apply(jan, "B", "UPGRADE", 3, "HBO_PLUS", "B", null);
        api.pass(office, again, "B", null);

        browser.go("/registrant/dashboard.xhtml");
        assertThat(browser.text("#registration-" + registration)).contains("niveau B", "Naar niveau A");
        assertThat(browser.all("#registration-" + registration + " table.certificates tbody tr")).hasSize(2);
    }

    @Test
    @DisplayName("Another registrant's pages and files are not found, whatever id is put in the address or the form")
    void anotherRegistrantsPagesAndFilesAreNotFound() {
        Person eva = person("Eva", "Smit", "eva.smit");
        long evas = admit(eva, "B", "2026-01-05");
        api.clock("2026-02-02");
        long activity = api.provenActivity(eva.login(), evas, "2026-01-20", 6, "TRAINING");
        long portfolio = api.propose(eva.login(), evas, false);
        api.judgePortfolio(office, portfolio, true, null).then().statusCode(200);
        long meeting = api.meeting(office, "2026-06-01");
        api.enrol(office, meeting, evas).then().statusCode(200);
        api.report(eva.login(), portfolio).then().statusCode(204);
        String certificate = (String) api.certificates(office, evas).get(0).get("certificateNumber");
        long application = api.apply(eva, "A", "UPGRADE", 6, "WO_PLUS", "A", null);
        signIn(eva);
        browser.go("/registrant/application.xhtml?id=" + application);
        browser.press(browser.driver().findElement(
                By.cssSelector("#attach\\:kind option[value='JOB_DESCRIPTION']")));
        upload("attach:file", file("functiebeschrijving-eva.pdf", PDF));
        assertThat(browser.text("#attach\\:attachMessages")).contains("functiebeschrijving-eva.pdf is toegevoegd.");
        String document = browser.find("#documents a").getAttribute("href").replaceAll(".*/", "");
        check("application, evidence added");
        browser.click("signOut:signOutButton");

        Person tom = person("Tom", "Jansen", "tom.jansen");
        long toms = admit(tom, "C", "2026-01-05");
        api.clock("2026-02-02");
        signIn(tom);

        for (String page : List.of("/registrant/dossier.xhtml?registration=" + evas,
                "/registrant/upgrade.xhtml?registration=" + evas, "/registrant/application.xhtml?id=" + application,
                "/registrant/dossier.xhtml?registration=999999", "/registrant/dossier.xhtml?registration=abc")) {
            browser.go(page);
            assertThat(browser.text("h1")).as(page).isEqualTo("Pagina niet gevonden");
            assertThat(browser.pageText()).as(page).doesNotContain("Eva", "Smit", "AMB-");
            assertThat(browser.text(".user .who")).as("still signed in").isEqualTo("tom.jansen");
        }
        check("not found");
        browser.screenshot("registrant-not-found-nl");
        for (String file : List.of("/registrant/files/evidence/" + activity, "/registrant/files/report/" + portfolio,
                "/registrant/files/certificate/" + certificate + ".pdf",
                "/registrant/files/application/" + application + "/" + document)) {
            Response answer = download(file);
            assertThat(answer.statusCode()).as(file).isEqualTo(404);
            assertThat(answer.contentType()).as(file).doesNotContain("pdf");
        }
        assertThat(download("/registrant/files/certificate/" + certificate(toms) + ".pdf").contentType())
                .isEqualTo("application/pdf");

        // a registration id slipped into a form changes nothing of another registrant's dossier
        browser.go("/registrant/dossier.xhtml?registration=" + toms);
        ((JavascriptExecutor) browser.driver()).executeScript("var f = document.getElementById('declare');"
                + "var i = document.createElement('input'); i.type = 'hidden'; i.name = 'registration';"
                + "i.value = '" + evas + "'; f.appendChild(i);");
        browser.choose("declare:inFunction", "true").click("declare:sign");
        assertThat(requirement(evas, "DECLARATION")).as("Eva's declaration").isFalse();
        assertThat(requirement(toms, "DECLARATION")).as("Tom's own declaration").isTrue();

        // struck off: why the title and the logo may not be used, and no logo files or signature offered
        long version = api.registration(office, toms).getLong("version");
        api.as(office).body(Map.of("to", "STRUCK_OFF", "reason", "Titel gevoerd zonder geldige registratie.",
                        "version", version))
                .post("/registrations/" + toms + "/transitions").then().statusCode(200);
        browser.go("/registrant/dashboard.xhtml");
        assertThat(browser.text("#registration-" + toms)).contains("doorgehaald", "Geen recht op de titel R-AMB",
                "Het registerbureau heeft uw registratie doorgehaald.", "Titel gevoerd zonder geldige registratie.",
                "Niet meer geldig: de registratie is doorgehaald");
        assertThat(browser.all("#logoSvg")).isEmpty();
        assertThat(browser.all("textarea")).isEmpty();
        check("dashboard, struck off");
        browser.screenshot("registrant-dashboard-struck-off-nl");
    }

    // --- the journeys' steps ---

    private Person person(String firstName, String lastName, String username) {
        String password = "wachtwoord-" + username;
        long id = api.as(office).body(Map.of("firstName", firstName, "lastName", lastName,
                        "email", username + "@gemeente.example", "employer", "Gemeente Amersfoort",
                        "jobTitle", "Accountmanager bedrijven", "username", username, "password", password,
                        "language", "nl"))
                .post("/registrants").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Person(id, new Login(username, password));
    }

    /** Admits the person at a level by entry audit on the given day; returns the registration's id. */
    private long admit(Person person, String level, String day) {
        api.clock(day);
        String workLevel = switch (level) {
            case "A" -> "WO_PLUS";
            case "B" -> "HBO_PLUS";
            default -> "MBO_PLUS";
        };
        int years = switch (level) {
            case "A" -> 8;
            case "B" -> 4;
            default -> 1;
        };
        long application = api.apply(person, level, "ENTRY_AUDIT", years, workLevel, level, null);
        api.planAudit(office, application, day, auditor);
        return api.pass(auditor, application, level, day);
    }

    private void signIn(Person person) {
        browser.go("/login.xhtml");
        browser.type("login:username", person.login().username())
                .type("login:password", person.login().password())
                .click("login:signIn");
    }

    private void addActivity(String date, String title, String provider, String points, String category,
                             Path evidence) {
        browser.type("activity:title", title).type("activity:provider", provider).type("activity:points", points);
        browser.choose("activity:category", category);
        date("activity:date_input", date);
        if (evidence != null) {
            upload("activity:evidence", evidence);
        }
        browser.click("activity:save");
    }

    private void fillApplication(String level, String route, String years, String workLevel, String functionLevel) {
        browser.choose("apply:level", level);
        browser.settle();
        browser.choose("apply:route", route);
        browser.settle();
        browser.type("apply:experienceYears", years);
        browser.choose("apply:workLevel", workLevel);
        browser.settle();
        browser.choose("apply:functionLevel", functionLevel);
        browser.settle();
    }

    /** Chooses a file in a file field, which sends it at once; waits for the answer. */
    private void upload(String fieldId, Path file) {
        choose(fieldId, file, true);
    }

    /**
     * Chooses a file in a file field. PrimeFaces sends it outside its request queue, so the wait is for its
     * completion event; a file the browser's own check refuses is never sent, and then there is nothing to wait for.
     */
    private void choose(String fieldId, Path file, boolean sent) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("if (!window.uploadsDone) { window.uploadsDone = 0;"
                + " jQuery(document).on('pfAjaxComplete', function () { window.uploadsDone++; }); }");
        long before = ((Number) js.executeScript("return window.uploadsDone")).longValue();
        WebElement field = browser.driver().findElement(By.id(fieldId));
        js.executeScript("arguments[0].value = ''", field); // the same file chosen again must count as a change
        field.sendKeys(file.toAbsolutePath().toString());
        if (sent) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver ->
                    ((Number) js.executeScript("return window.uploadsDone")).longValue() > before);
        }
        browser.settle();
    }

    /** Types a date as dd-mm-yyyy over whatever the field held, and closes the calendar that typing opens. */
    private void date(String fieldId, String date) {
        WebElement field = browser.driver().findElement(By.id(fieldId));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ESCAPE);
    }

    private void clickRowButton(String rowText, String button) {
        WebElement row = browser.driver().findElement(
                By.xpath("//table[@id='activities']//tr[.//th[contains(., '" + rowText + "')]]"));
        browser.press(row.findElement(By.cssSelector("button[id$=':" + button + "']")));
    }

    private String text(String css) {
        return browser.text(css);
    }

    private Path file(String name, byte[] content) {
        try {
            return Files.write(files.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the registrant's pages, fetched with the browser's session. */
    private Response download(String path) {
        return RestAssured.given().baseUri(api.base()).cookies(browser.cookies()).redirects().follow(false)
                .get(path);
    }

    private List<Object> activities(long registration) {
        return api.as(office).get("/registrations/" + registration + "/pe-activities").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private long activityId(long registration, String title) {
        return api.renewal(office, registration).getLong("peActivities.find { it.title == '" + title + "' }.id");
    }

    private List<Long> applications(Person person) {
        return api.as(office).get("/registrants/" + person.id()).then().statusCode(200).extract().jsonPath()
                .getList("applicationIds", Long.class);
    }

    private boolean requirement(long registration, String code) {
        return api.renewal(office, registration).getBoolean("requirements.find { it.code == '" + code + "' }.met");
    }

    private String certificate(long registration) {
        return (String) api.certificates(office, registration).get(0).get("certificateNumber");
    }

    private void check(String page) {
        browser.accessibilityProblems().forEach(problem -> accessibility.add(page + ": " + problem));
    }

    /** A screenshot of the window scrolled so that the given element is at its top. */
    private void screenshotFrom(String css, String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16);", browser.find(css));
        browser.screenshot(name);
        js.executeScript("window.scrollTo(0, 0)");
    }

    /** A screenshot of the whole page, not only the window: the window is made as tall as the page first. */
    private void fullScreenshot(String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Dimension window = browser.driver().manage().window().getSize();
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 5000)));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(window);
    }
}
