package nl.beroepsregister.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Login;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's journey in a real browser: a second register (Park- and City managers, PCM) added through the
 * screens with its levels and questionnaire, and then used end to end — a registrant applies for it and is admitted,
 * and the dossier follows PCM's numbers, not AMB's; a reminder text changed and restored; a staff account created;
 * and the last administrator refused when they would remove themself. Every page is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationPortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Browser browser;
    final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void open() {
        api = new Api(base);
        browser = Browser.open(base);
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

    private void signIn(Login login) {
        browser.go("/login.xhtml");
        browser.type("login:username", login.username()).type("login:password", login.password())
                .click("login:signIn");
    }

    private void acceptConfirmations() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = function () { return true; };");
    }

    private void tick(String id, boolean on) {
        var box = browser.driver().findElement(By.id(id));
        if (box.isSelected() != on) {
            box.click();
        }
    }

    @Test
    @DisplayName("The administrator adds the PCM register with two levels and its questions; a registrant is "
            + "admitted to it and the dossier follows PCM's numbers")
    void secondRegisterEndToEnd() {
        signIn(api.admin());
        browser.go("/admin/registers.xhtml");
        assertThat(browser.text("#registers")).contains("AMB", "R-AMB", "C, B, A");
        browser.screenshot("admin-registers-nl");
        check("registers");

        browser.type("create:code", "P").type("create:name", "Beroepsregister Park- en Citymanagers")
                .type("create:titleAbbreviation", "R-PCM").type("create:titleName", "Geregistreerd Park- en Citymanager")
                .type("create:deadlineMonths", "3").type("create:courseExemptionMonths", "12")
                .click("create:add");
        assertThat(browser.pageText()).contains("De code heeft 2 tot 16 hoofdletters en cijfers");
        browser.type("create:code", "pcm").click("create:add");
        assertThat(browser.url()).contains("/admin/register.xhtml").contains("code=PCM");
        assertThat(browser.pageText()).contains("Register PCM is aangemaakt.");

        browser.click("addLevel");
        new Select(browser.driver().findElement(By.id("settings:newLevel"))).selectByValue("C");
        browser.type("settings:functionTitle", "Park- en Citymanager niveau C")
                .type("settings:experienceYears", "0").type("settings:peMinimum", "10")
                .type("settings:certificateValidityMonths", "12");
        browser.click("settings:save");
        assertThat(browser.pageText()).contains("Niveau C is opgeslagen.");

        browser.click("addLevel");
        new Select(browser.driver().findElement(By.id("settings:newLevel"))).selectByValue("B");
        new Select(browser.driver().findElement(By.id("settings:minimumWorkLevel"))).selectByValue("HBO_PLUS");
        browser.type("settings:functionTitle", "Park- en Citymanager niveau B")
                .type("settings:experienceYears", "3").type("settings:peMinimum", "16")
                .type("settings:networkMinimum", "8").type("settings:networkMaximum", "6")
                .type("settings:certificateValidityMonths", "36");
        tick("settings:questionnaire", true);
        tick("settings:portfolio", true);
        tick("settings:peerReview", true);
        browser.screenshot("admin-level-nl");
        check("level");
        browser.click("settings:save");
        assertThat(browser.pageText()).contains("Het minimum aan netwerkpunten is hoger dan het maximum");
        browser.driver().findElement(By.id("settings:networkMinimum")).clear();
        browser.driver().findElement(By.id("settings:networkMaximum")).clear();
        browser.click("settings:save");
        assertThat(browser.pageText()).contains("Niveau B is opgeslagen.");
        assertThat(browser.text("#levels")).contains("Park- en Citymanager niveau B", "HBO+", "16",
                "vragenlijst", "intervisie", "36 maanden");
        browser.screenshot("admin-register-nl");
        check("register");

        browser.click("questions");
        browser.type("add:code", "stad_agenda").type("add:position", "1")
                .type("add:textNl", "Aan welk onderdeel van de stadsagenda werkte u?")
                .type("add:textEn", "Which part of the city agenda did you work on?")
                .click("add:addQuestion");
        assertThat(browser.pageText()).contains("Vraag STAD_AGENDA is toegevoegd aan niveau B.");
        browser.type("add:code", "PARTNERS").type("add:position", "2")
                .type("add:textNl", "Met welke partners werkte u samen?")
                .type("add:textEn", "Which partners did you work with?")
                .click("add:addQuestion");
        browser.click("questions:rows:0:edit");
        browser.type("edit:textNl", "Aan welk deel van de stadsagenda werkte u dit jaar?").click("edit:save");
        assertThat(browser.pageText()).contains("Vraag STAD_AGENDA van niveau B is opgeslagen.");
        browser.click("questions:rows:1:toggle");
        assertThat(browser.pageText()).contains("Vraag PARTNERS van niveau B wordt niet meer gesteld.");
        assertThat(browser.text("#questionTable")).contains("stadsagenda werkte u dit jaar?", "niet meer gesteld");
        browser.screenshot("admin-questions-nl");
        check("questions");

        // a registrant applies for PCM level B and is admitted: everything after this reads PCM's numbers
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login auditor = api.staff("AUDITOR");
        Api.Person pim = api.registrant(office, "Pim", "Parkman");
        Map<String, Object> application = new HashMap<>(Map.of("registrantId", pim.id(), "register", "PCM",
                "requestedLevel", "B", "route", "ENTRY_AUDIT", "experienceYears", 4, "workLevel", "HBO_PLUS",
                "functionLevel", "B"));
        long applicationId = api.as(pim.login()).body(application).post("/applications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        api.planAudit(office, applicationId, "2026-01-05", auditor);
        long registrationId = api.pass(auditor, applicationId, "B", "2026-01-05");

        JsonPath registration = api.registration(pim.login(), registrationId);
        assertThat(registration.getString("register")).isEqualTo("PCM");
        assertThat(registration.getString("year.renewalDate")).isEqualTo("2027-01-05");
        assertThat(registration.getString("year.submissionDeadline")).as("PCM: three months before")
                .isEqualTo("2026-10-05");
        JsonPath renewal = api.renewal(pim.login(), registrationId);
        assertThat(renewal.getInt("pe.required")).as("PCM level B: 16 points, not AMB's 12").isEqualTo(16);
        assertThat(renewal.getList("requirements.code", String.class)).contains("QUESTIONNAIRE",
                "PORTFOLIO_APPROVED", "PEER_REVIEW");
        JsonPath questionnaire = api.as(pim.login()).get("/registrations/" + registrationId + "/questionnaire")
                .then().statusCode(200).extract().jsonPath();
        assertThat(questionnaire.getList("questions.code", String.class)).containsExactly("STAD_AGENDA");
        assertThat(questionnaire.getString("questions[0].text"))
                .isEqualTo("Aan welk deel van de stadsagenda werkte u dit jaar?");
        Map<String, Object> certificate = api.certificates(pim.login(), registrationId).get(0);
        assertThat(LocalDate.parse((String) certificate.get("expiryDate")))
                .as("PCM level B: valid 36 months")
                .isEqualTo(LocalDate.parse((String) certificate.get("issueDate")).plusMonths(36));
        String number = registration.getString("registrationNumber");
        assertThat(number).startsWith("PCM-");
        JsonPath published = api.anonymous().get("/public/registrations/" + number).then().statusCode(200)
                .extract().jsonPath();
        assertThat(published.getString("title")).isEqualTo("R-PCM");

        browser.go("/public/register.xhtml?q=" + number);
        assertThat(browser.text("#results")).contains("Pim Parkman", number, "R-PCM", "actief");
        browser.screenshot("admin-pcm-public-register-nl");
    }

    @Test
    @DisplayName("A reminder text is changed in the administrator's own words, refused with an unknown "
            + "placeholder, and restored to the default")
    void reminderText() {
        signIn(api.admin());
        browser.go("/admin/reminders.xhtml");
        assertThat(browser.text("#schedule")).contains("3 maanden vóór de verlengingsdatum", "1 dag na");
        check("reminders");
        browser.click("texts:rows:2:edit");
        assertThat(browser.driver().findElement(By.id("edit:subject")).getAttribute("value"))
                .isEqualTo("Dien vandaag uw verlengingsdossier in");
        browser.type("edit:subject", "Laatste dag voor uw dossier, {naam}").click("edit:save");
        assertThat(browser.pageText()).contains("Onbekende plaatshouder(s): {naam}");
        browser.type("edit:subject", "Laatste dag voor uw dossier, {name}").click("edit:save");
        assertThat(browser.pageText()).contains("De tekst Dossier vandaag (NL) is opgeslagen.");
        assertThat(browser.text("#textTable")).contains("Laatste dag voor uw dossier, {name}", "eigen tekst");
        browser.screenshot("admin-reminders-nl");

        browser.click("texts:rows:2:edit");
        browser.screenshot("admin-reminder-text-nl");
        check("reminder text");
        acceptConfirmations();
        browser.click("edit:restore");
        assertThat(browser.pageText()).contains("Voor Dossier vandaag (NL) geldt weer de standaardtekst.");
        assertThat(browser.text("#textTable")).contains("Dien vandaag uw verlengingsdossier in")
                .doesNotContain("eigen tekst");
    }

    @Test
    @DisplayName("Accounts: a staff account is created; the last administrator can neither drop the role nor be "
            + "disabled, another administrator can")
    void accountsAndTheLastAdministrator() {
        signIn(api.admin());
        browser.go("/admin/accounts.xhtml");
        check("accounts");
        browser.type("create:username", "kantoor.nieuw").type("create:password", "kantoor-wachtwoord-1");
        browser.click("create:add");
        assertThat(browser.pageText()).contains("Account kantoor.nieuw is aangemaakt.");
        assertThat(browser.text("#facts")).contains("registerbureau", "actief");
        browser.screenshot("admin-account-nl");
        check("account");
        api.as(new Login("kantoor.nieuw", "kantoor-wachtwoord-1")).get("/admin/reminders").then().statusCode(200);

        browser.go("/admin/accounts.xhtml");
        new Select(browser.driver().findElement(By.id("search:kind"))).selectByValue("ADMIN");
        browser.click("search:find");
        assertThat(browser.text("#list\\:accounts")).contains("admin").doesNotContain("kantoor.nieuw");
        browser.screenshot("admin-accounts-nl");
        browser.follow("admin");
        tick("roles:roles:2", false);
        tick("roles:roles:1", true);
        browser.click("roles:save");
        assertThat(browser.pageText()).contains("U bent de laatste actieve beheerder.");
        acceptConfirmations();
        browser.click("enabled:toggle");
        assertThat(browser.pageText()).contains("U bent de laatste actieve beheerder.");
        browser.screenshot("admin-last-administrator-nl");
        api.as(api.admin()).get("/admin/reminders").then().statusCode(200);

        // with a second administrator, that one may be disabled, and the first stays
        Login second = api.staff("ADMIN");
        browser.go("/admin/accounts.xhtml");
        browser.type("search:username", second.username()).click("search:find");
        browser.follow(second.username());
        acceptConfirmations();
        browser.click("enabled:toggle");
        assertThat(browser.pageText()).contains("Het account is uitgeschakeld");
        api.as(second).get("/admin/reminders").then().statusCode(401);
    }
}
