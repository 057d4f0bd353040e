package nl.beroepsregister.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Admitted;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The register office's and the auditor's work in a real browser, on data made through the API: reviewing and
 * approving a dossier from the dashboard on, planning an audit that only its auditor sees and records, judging
 * portfolio proposals, a peer-review meeting from planning to attendance, striking off with confirmation, two staff
 * acting on the same registration at once, and every office page and action refused to registrants and auditors,
 * in the browser and through the API. Every page is checked with axe-core and photographed in Dutch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficePortalIT {

    private static final String STALE = "Iemand anders heeft deze gegevens intussen gewijzigd. "
            + "Laad ze opnieuw en probeer het nog eens.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    static Login office;
    static Login otherOffice;
    static Login auditor;
    static Login otherAuditor;

    Api api;
    final List<Browser> browsers = new ArrayList<>();
    final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void staff() {
        api = new Api(base);
        if (office == null) {
            office = api.staff("OFFICE");
            otherOffice = api.staff("OFFICE");
            auditor = api.staff("AUDITOR");
            otherAuditor = api.staff("AUDITOR");
        }
    }

    @AfterEach
    void close() {
        AssertionError blocked = null;
        for (Browser browser : browsers) {
            try {
                browser.close();
            } catch (AssertionError e) {
                blocked = e;
            }
        }
        browsers.clear();
        if (blocked != null) {
            throw blocked;
        }
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    // --- the office's journey ---

    @Test
    @Order(1)
    @DisplayName("The office finds a submitted dossier from the dashboard, reviews it and approves it after confirming")
    void dossierReviewedAndApproved() {
        Admitted jan = submittedDossier();
        String name = "Anna " + lastName(jan);

        Browser browser = signedIn(office);
        browser.go("/office/dashboard.xhtml");
        assertThat(Integer.parseInt(browser.text("#count-DOSSIERS"))).isPositive();
        check(browser, "dashboard");
        shot(browser, "office-dashboard-nl");

        browser.follow("Dossiers ter beoordeling");
        assertThat(browser.text("h1")).isEqualTo("Dossiers ter beoordeling");
        filter(browser, "work:table:name:filter", lastName(jan));
        assertThat(rows(browser, "work:table")).hasSize(1).first().asString().contains(name, "op tijd");
        check(browser, "worklist");
        shot(browser, "office-worklist-dossiers-nl");

        browser.follow(name);
        assertThat(browser.text("h1")).startsWith("Registratie AMB-");
        assertThat(browser.text("#review")).contains("Dossier beoordelen", "Verklaring nog in functie",
                "U heeft 8 PE-punten; 8 zijn nodig.", "Bij alle 2 PE-activiteiten is een bewijs van deelname");
        assertThat(browser.text("#dossierStatus")).isEqualTo("ingediend");
        check(browser, "registration with a dossier to review");
        shot(browser, "office-registration-review-nl");

        String evidence = browser.find("a.file-link").getAttribute("href");
        Response file = RestAssured.given().cookies(browser.cookies()).get(evidence);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("attachment");

        browser.click("decision:approve");
        confirmDialog(browser, "Het dossier van " + name + " goedkeuren?");
        check(browser, "confirmation dialog");
        shot(browser, "office-confirm-approve-nl");
        browser.click("confirm:yes");
        expectText(browser, "Het dossier is goedgekeurd en de registratie is verlengd.");
        assertThat(browser.text("#dossierStatus")).isEqualTo("goedgekeurd");
        assertThat(browser.text("#history")).contains("Registratie verlengd", office.username());
        assertThat(browser.all("#review")).isEmpty();
        shot(browser, "office-registration-approved-nl");

        assertThat(api.registration(office, jan.registrationId()).getString("nextYear.start")).isEqualTo("2026-02-01");
        assertThat(api.renewal(office, jan.registrationId()).getString("status")).isEqualTo("APPROVED");
    }

    @Test
    @Order(2)
    @DisplayName("The office plans an audit; only its auditor sees it, and records the outcome from the audit's day")
    void auditPlannedAndRecordedByItsAuditor() {
        api.clock("2026-01-05");
        Person bram = api.registrant(office, "Bram", Api.unique("Audit"));
        long application = api.apply(bram, "B", "ENTRY_AUDIT", 4, "HBO_PLUS", "B", null);
        String name = "Bram " + lastNameOf(bram);

        Browser browser = signedIn(office);
        browser.go("/office/worklist.xhtml?list=AUDIT_TO_PLAN");
        filter(browser, "work:table:name:filter", lastNameOf(bram));
        assertThat(rows(browser, "work:table")).hasSize(1).first().asString().contains(name, "entree-audit");
        browser.follow(name);
        assertThat(browser.text("h1")).isEqualTo(name);
        check(browser, "registrant");

        browser.click("applications:0:plan:planAudit");
        assertThat(browser.pageText()).contains("Auditdatum: vul dit veld in");
        typeDate(browser, "applications:0:plan:date_input", "12-01-2026");
        new Select(browser.find("#applications\\:0\\:plan\\:auditor")).selectByVisibleText(auditor.username());
        shot(browser, "office-registrant-plan-audit-nl");
        browser.click("applications:0:plan:planAudit");
        expectText(browser, "De audit is gepland op 12 januari 2026 met " + auditor.username() + ".");
        assertThat(browser.text("#application-" + application + "-title")).contains("audit gepland");

        Browser other = signedIn(otherAuditor);
        other.go("/auditor/worklist.xhtml");
        assertThat(other.text("#audits")).doesNotContain(name).contains("Er zijn geen audits met u gepland.");
        check(other, "auditor without audits");
        other.go("/office/dashboard.xhtml");
        assertThat(other.text("h1")).isEqualTo("Geen toegang");

        Browser mine = signedIn(auditor);
        mine.go("/auditor/worklist.xhtml");
        assertThat(rows(mine, "audits:table")).anySatisfy(row -> assertThat(row).contains(name, "12 januari 2026"));
        int row = rowIndex(mine, "audits:table", name);
        mine.click("audits:table:" + row + ":open");
        assertThat(mine.text("#auditPanel")).contains("Audit van " + name + " voor niveau B", "entree-audit");
        check(mine, "auditor's outcome form");
        mine.click("outcome:record");
        mine.click("confirm:yes");
        expectText(mine, "De entree-audit is gepland op 12 januari 2026; er kan pas vanaf die dag worden besloten.");

        api.clock("2026-01-12");
        mine.go("/auditor/worklist.xhtml");
        mine.click("audits:table:" + rowIndex(mine, "audits:table", name) + ":open");
        new Select(mine.find("#outcome\\:level")).selectByValue("B");
        typeDate(mine, "outcome:startDate_input", "12-01-2026");
        shot(mine, "auditor-worklist-outcome-nl");
        mine.click("outcome:record");
        confirmDialog(mine, "Een uitslag is definitief.");
        mine.click("confirm:yes");
        expectText(mine, "Geslaagd: de registratie AMB-");
        assertThat(mine.text("#audits")).doesNotContain(name);
        check(mine, "auditor after recording");

        assertThat(api.as(office).get("/applications/" + application).then().statusCode(200).extract()
                .jsonPath().getString("status")).isEqualTo("PASSED");
    }

    @Test
    @Order(3)
    @DisplayName("An auditor rejects a portfolio proposal with a reason; the office approves the next one")
    void portfolioJudged() {
        Admitted fenna = api.admitted(office, auditor, "B", "2026-01-05");
        String name = "Anna " + lastName(fenna);
        api.propose(fenna.person().login(), fenna.registrationId(), false);

        Browser judge = signedIn(otherAuditor);
        judge.go("/auditor/worklist.xhtml");
        int row = rowIndex(judge, "proposals:table", name);
        judge.click("proposals:table:" + row + ":open");
        assertThat(judge.text("#proposalPanel")).contains("Samenwerking ondernemersvereniging",
                "Keur goed als de activiteit verder gaat dan het dagelijkse werk.");
        judge.click("judgement:reject");
        judge.click("confirm:yes");
        expectText(judge, "Geef een reden op.");
        judge.type("judgement:reason", "Dit hoort bij het dagelijkse werk; kies een project daarbuiten.");
        judge.click("judgement:reject");
        confirmDialog(judge, "afwijzen met de opgegeven reden?");
        judge.click("confirm:yes");
        expectText(judge, "Het portfoliovoorstel is afgewezen.");
        shot(judge, "auditor-worklist-nl");
        check(judge, "auditor's worklist");

        api.propose(fenna.person().login(), fenna.registrationId(), true);
        Browser browser = signedIn(office);
        browser.go("/office/worklist.xhtml?list=PORTFOLIOS");
        filter(browser, "work:table:name:filter", lastName(fenna));
        assertThat(rows(browser, "work:table")).hasSize(1).first().asString().contains(name, "ja");
        check(browser, "portfolio worklist");
        browser.follow(name);
        assertThat(browser.text("#proposal")).contains("Portfoliovoorstel beoordelen");
        assertThat(browser.text("#year-0")).contains("Afgewezen: Dit hoort bij het dagelijkse werk");
        shot(browser, "office-registration-portfolio-nl");
        browser.click("judgement:approve");
        browser.click("confirm:yes");
        expectText(browser, "Het portfoliovoorstel is goedgekeurd.");
        assertThat(api.renewal(office, fenna.registrationId()).getString("portfolio.status")).isEqualTo("APPROVED");
    }

    @Test
    @Order(4)
    @DisplayName("A meeting: planned, a registration enrolled by name, its report seen, attendance from the day on")
    void meetingFromPlanningToAttendance() {
        Admitted gijs = api.admitted(office, auditor, "B", "2026-01-05");
        String name = "Anna " + lastName(gijs);
        long portfolio = api.propose(gijs.person().login(), gijs.registrationId(), false);
        api.judgePortfolio(office, portfolio, true, null).then().statusCode(200);

        Browser browser = signedIn(office);
        browser.go("/office/meetings.xhtml");
        check(browser, "meetings");
        typeDate(browser, "plan:date_input", "20-03-2026");
        browser.type("plan:location", "Utrecht, Stadskantoor");
        browser.click("plan:planMeeting");
        expectText(browser, "De bijeenkomst van 20 maart 2026 in Utrecht, Stadskantoor is gepland.");
        assertThat(browser.text("h1")).isEqualTo("Intervisie 20 maart 2026, Utrecht, Stadskantoor");
        long meeting = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        browser.type("enrol:query", lastName(gijs)).click("enrol:find");
        assertThat(browser.text("#enrol\\:candidates")).contains(name);
        browser.click("enrol:candidates:0:enrolThis");
        expectText(browser, name + " (");
        assertThat(browser.text("#roster")).contains(name, "goedgekeurd", "nee", "nog niet vastgelegd");
        assertThat(browser.pageText()).contains("Aanwezigheid vastleggen kan vanaf 20 maart 2026");
        assertThat(browser.all("#roster\\:enrolments\\:0\\:presented")).isEmpty();
        assertThat(api.attendance(office, meeting, gijs.registrationId(), true).statusCode()).isEqualTo(422);

        api.report(gijs.person().login(), portfolio).then().statusCode(204);
        browser.go("/office/meeting.xhtml?id=" + meeting);
        assertThat(browser.text("#roster")).contains("ja, op 5 januari 2026");
        check(browser, "meeting before the day");
        shot(browser, "office-meeting-nl");

        api.clock("2026-03-20");
        browser.go("/office/meeting.xhtml?id=" + meeting);
        browser.click("roster:enrolments:0:presented");
        expectText(browser, "Vastgelegd: " + name + " was aanwezig en heeft gepresenteerd.");
        assertThat(browser.text("#roster")).contains("aanwezig en gepresenteerd");
        check(browser, "meeting after attendance");
        shot(browser, "office-meeting-attended-nl");

        browser.go("/office/meetings.xhtml");
        assertThat(browser.text("#meetings")).contains("20 maart 2026", "Utrecht, Stadskantoor");
        shot(browser, "office-meetings-nl");
        assertThat(api.renewal(office, gijs.registrationId()).getList("requirements.findAll { it.code == "
                + "'PEER_REVIEW' }.met")).containsExactly(true);
    }

    @Test
    @Order(5)
    @DisplayName("Striking off needs a reason and a confirmation; 'no' changes nothing; a withdrawal is recorded too")
    void strikeOffAndWithdrawal() {
        Admitted kees = api.admitted(office, auditor, "C", "2026-01-05");
        Admitted lies = api.admitted(office, auditor, "C", "2026-01-05");

        Browser browser = signedIn(office);
        browser.go("/office/registration.xhtml?id=" + kees.registrationId());
        check(browser, "active registration");
        browser.click("strikeOff:strikeOff");
        browser.click("confirm:yes");
        expectText(browser, "Geef een reden op.");
        assertThat(browser.text("#status")).isEqualTo("actief");

        browser.type("strikeOff:reason", "Titel gevoerd terwijl de registratie verlopen was.");
        browser.click("strikeOff:strikeOff");
        confirmDialog(browser, "De titel vervalt meteen. Dit kan niet ongedaan worden gemaakt.");
        shot(browser, "office-strike-off-confirm-nl");
        browser.click("confirm:no");
        assertThat(browser.text("#status")).isEqualTo("actief");
        assertThat(api.registration(office, kees.registrationId()).getString("status")).isEqualTo("ACTIVE");

        browser.click("strikeOff:strikeOff");
        browser.click("confirm:yes");
        expectText(browser, "De registratie is doorgehaald.");
        assertThat(browser.text("#status")).isEqualTo("doorgehaald");
        assertThat(browser.text("#history")).contains("Doorgehaald door het registerbureau",
                "Titel gevoerd terwijl de registratie verlopen was.");
        assertThat(browser.all("#ending")).isEmpty();
        shot(browser, "office-registration-struck-off-nl");

        browser.go("/office/registration.xhtml?id=" + lies.registrationId());
        browser.type("withdraw:reason", "Verzoek per e-mail van 4 januari.");
        browser.click("withdraw:withdraw");
        browser.click("confirm:yes");
        expectText(browser, "De uitschrijving is vastgelegd.");
        assertThat(browser.text("#status")).isEqualTo("uitgeschreven");
        assertThat(api.registration(office, lies.registrationId()).getString("status")).isEqualTo("WITHDRAWN");

        browser.go("/office/registrations.xhtml");
        filter(browser, "registrations:table:name:filter", lastName(kees));
        assertThat(rows(browser, "registrations:table")).hasSize(1).first().asString().contains("doorgehaald");
        check(browser, "all registrations");
        shot(browser, "office-registrations-nl");
    }

    // --- two staff at once ---

    @Test
    @Order(6)
    @DisplayName("Two staff decide on the same dossier and end the same registration: the second is told to reload")
    void concurrentEditsConflict() {
        Admitted anna = submittedDossier();
        String page = "/office/registration.xhtml?id=" + anna.registrationId();

        Browser first = signedIn(office);
        Browser second = signedIn(otherOffice);
        first.go(page);
        second.go(page);
        String version = second.text("p.reload .muted");

        first.find("#decision\\:checks\\:2\\:reason").findElement(By.xpath("ancestor::details/summary")).click();
        first.type("decision:checks:2:reason", "Het bewijs van 10 mei is onleesbaar.");
        first.click("decision:return");
        first.click("confirm:yes");
        expectText(first, "Het dossier is teruggestuurd naar de geregistreerde.");

        second.type("decision:generalReason", "Alles in orde.");
        second.click("decision:approve");
        second.click("confirm:yes");
        expectText(second, STALE);
        assertThat(second.find("#decision\\:generalReason").getAttribute("value")).isEqualTo("Alles in orde.");
        assertThat(second.text("p.reload .muted")).isEqualTo(version);
        check(second, "conflict");
        shot(second, "office-concurrent-edit-conflict-nl");

        var renewal = api.renewal(office, anna.registrationId());
        assertThat(renewal.getString("status")).isEqualTo("RETURNED");
        assertThat(renewal.getString("decisionReason"))
                .isEqualTo("Bewijs van deelname: Het bewijs van 10 mei is onleesbaar.");
        assertThat(api.registration(office, anna.registrationId()).getString("nextYear")).isNull();

        second.click("reload");
        assertThat(second.text("#dossierStatus")).isEqualTo("teruggestuurd");
        assertThat(second.all("#review")).isEmpty();

        first.go(page);
        second.go(page);
        first.click("withdraw:withdraw");
        first.click("confirm:yes");
        expectText(first, "De uitschrijving is vastgelegd.");
        second.type("strikeOff:reason", "Niet meer in functie.");
        second.click("strikeOff:strikeOff");
        second.click("confirm:yes");
        expectText(second, STALE);
        assertThat(second.find("#strikeOff\\:reason").getAttribute("value")).isEqualTo("Niet meer in functie.");
        var registration = api.registration(office, anna.registrationId());
        assertThat(registration.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(registration.getList("history.to")).containsExactly("ACTIVE", "WITHDRAWN");
    }

    // --- roles on the server ---

    @Test
    @Order(7)
    @DisplayName("Every office page is refused to a registrant and to an auditor; the auditor's page to a registrant")
    void officePagesRefused() {
        Admitted piet = api.admitted(office, auditor, "C", "2026-01-05");
        long meeting = api.meeting(office, "2026-06-01");
        String certificate = String.valueOf(api.certificates(office, piet.registrationId()).get(0)
                .get("certificateNumber"));
        List<String> pages = List.of("/office/dashboard.xhtml", "/office/worklist.xhtml?list=DOSSIERS",
                "/office/registrations.xhtml", "/office/registration.xhtml?id=" + piet.registrationId(),
                "/office/registrant.xhtml?id=" + piet.person().id(), "/office/meetings.xhtml",
                "/office/meeting.xhtml?id=" + meeting);

        for (Login login : List.of(piet.person().login(), auditor)) {
            Browser browser = signedIn(login);
            for (String page : pages) {
                browser.go(page);
                assertThat(browser.text("h1")).as(login.username() + " on " + page).isEqualTo("Geen toegang");
                assertThat(browser.pageText()).doesNotContain(piet.person().login().username() + "@");
            }
            Response file = RestAssured.given().cookies(browser.cookies()).redirects().follow(false)
                    .get(api.base() + "/office/files/certificate/" + certificate);
            assertThat(file.statusCode()).as(login.username() + " downloading a certificate").isEqualTo(403);
            Response personal = RestAssured.given().cookies(browser.cookies()).redirects()
                    .follow(false).get(api.base() + "/office/files/personal-data/" + piet.person().id());
            assertThat(personal.statusCode()).as(login.username() + " downloading personal data").isEqualTo(403);
            if (login == auditor) {
                shot(browser, "office-no-access-auditor-nl");
            }
        }
        Browser staff = signedIn(office);
        staff.go("/office/registrant.xhtml?id=" + piet.person().id());
        String link = staff.find("#personalData").getAttribute("href");
        Response zip = RestAssured.given().cookies(staff.cookies()).redirects().follow(false)
                .get(link);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        assertThat(zip.asByteArray()).startsWith((byte) 'P', (byte) 'K');
        Browser registrant = signedIn(piet.person().login());
        registrant.go("/auditor/worklist.xhtml");
        assertThat(registrant.text("h1")).isEqualTo("Geen toegang");
        check(registrant, "no access");
    }

    @Test
    @Order(8)
    @DisplayName("Every office action through the API is refused to a registrant (even their own) and to an auditor")
    void officeActionsRefusedThroughTheApi() {
        api.clock("2026-01-05");
        Admitted own = api.admitted(office, auditor, "B", "2026-01-05");
        Login registrant = own.person().login();
        long portfolio = api.propose(registrant, own.registrationId(), false);
        Person applicant = api.registrant(office, "Cas", Api.unique("Applicant"));
        long application = api.apply(applicant, "C", "ENTRY_AUDIT", 1, "MBO_PLUS", "C", null);
        long meeting = api.meeting(office, "2026-06-01");
        long id = own.registrationId();
        long version = api.registration(office, id).getLong("version");

        record Call(String method, String path, Map<String, Object> body) {
        }
        List<Call> officeCalls = List.of(
                new Call("POST", "/applications/" + application + "/audit",
                        Map.of("date", "2026-02-01", "auditor", auditor.username())),
                new Call("POST", "/applications/" + application + "/decision", Map.of("passed", true, "level", "C")),
                new Call("POST", "/registrations/" + id + "/renewal-decision", Map.of("approved", true)),
                new Call("POST", "/registrations/" + id + "/transitions",
                        Map.of("to", "STRUCK_OFF", "reason", "zo maar", "version", version)),
                new Call("POST", "/meetings", Map.of("date", "2026-07-01", "location", "Ergens")),
                new Call("GET", "/meetings/" + meeting, null),
                new Call("POST", "/meetings/" + meeting + "/enrolments", Map.of("registrationId", id)),
                new Call("POST", "/meetings/" + meeting + "/attendance", Map.of("registrationId", id,
                        "presented", true)),
                new Call("POST", "/registrants", Map.of("firstName", "X", "lastName", "Y", "email", "x@y.example",
                        "username", Api.unique("x"), "password", "lang-genoeg-wachtwoord")),
                new Call("GET", "/admin/worklists", null),
                new Call("GET", "/admin/worklists/DOSSIERS", null),
                new Call("GET", "/admin/worklists/MY_AUDITS", null),
                new Call("GET", "/admin/reminders?registrationId=" + id, null),
                new Call("GET", "/admin/reminders/failed", null),
                new Call("POST", "/admin/daily-run", Map.of()));

        for (Login caller : List.of(registrant, otherAuditor)) {
            for (Call call : officeCalls) {
                var request = api.as(caller);
                if (call.body() != null) {
                    request = request.body(call.body());
                }
                Response response = request.request(call.method(), call.path());
                assertThat(response.statusCode()).as(caller.username() + " " + call.method() + " " + call.path())
                        .isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(api.judgePortfolio(registrant, portfolio, true, null).statusCode()).isEqualTo(403);
        assertThat(api.as(otherAuditor).get("/applications/" + application).statusCode()).isEqualTo(403);

        assertThat(api.registration(office, id).getString("status")).isEqualTo("ACTIVE");
        assertThat(api.registration(office, id).getLong("version")).isEqualTo(version);
        assertThat(api.as(office).get("/applications/" + application).then().extract().jsonPath()
                .getString("status")).isEqualTo("APPLIED");
        assertThat(api.as(office).get("/portfolio/" + portfolio).then().extract().jsonPath()
                .getString("status")).isEqualTo("PROPOSED");
    }

    @Test
    @Order(9)
    @DisplayName("The worklists page in the database: sorted, filtered and paged alike in the API and the page")
    void worklistsPageInTheDatabase() {
        api.clock("2026-01-05");
        String family = Api.unique("Paging");
        for (int i = 0; i < 4; i++) {
            Person person = api.registrant(office, "Pim" + i, family);
            api.apply(person, "C", "ENTRY_AUDIT", 1, "MBO_PLUS", "C", null);
        }
        var page = api.as(office).get("/admin/worklists/AUDIT_TO_PLAN?name=" + family
                + "&size=3&sort=name&order=desc").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("total")).isEqualTo(4);
        assertThat(page.getList("rows.firstName")).containsExactly("Pim3", "Pim2", "Pim1");
        var next = api.as(office).get("/admin/worklists/AUDIT_TO_PLAN?name=" + family
                + "&size=3&first=3&sort=name&order=desc").then().statusCode(200).extract().jsonPath();
        assertThat(next.getList("rows.firstName")).containsExactly("Pim0");
        api.as(office).get("/admin/worklists/AUDIT_TO_PLAN?size=1000").then().statusCode(400);
        api.as(office).get("/admin/worklists/NOPE").then().statusCode(400);
        api.as(office).get("/admin/worklists/REGISTRATIONS?sort=password&query=%25").then().statusCode(200);

        try (Browser phone = Browser.open(base, "nl", true)) {
            signIn(phone, office);
            phone.go("/office/worklist.xhtml?list=AUDIT_TO_PLAN");
            filter(phone, "work:table:name:filter", family);
            assertThat(rows(phone, "work:table")).hasSize(4);
            phone.screenshot("office-worklist-phone-nl");
            phone.go("/office/dashboard.xhtml");
            phone.screenshot("office-dashboard-phone-nl");
        }
    }

    // --- data ---

    /** A level-C registrant admitted on 1 February 2025 whose complete dossier was submitted on 1 October 2025. */
    private Admitted submittedDossier() {
        Admitted admitted = api.admitted(office, auditor, "C", "2025-02-01");
        Login login = admitted.person().login();
        api.clock("2025-10-01");
        api.provenActivity(login, admitted.registrationId(), "2025-05-10", 5, "TRAINING");
        api.provenActivity(login, admitted.registrationId(), "2025-09-01", 3, "NETWORK");
        api.declare(login, admitted.registrationId());
        api.submit(login, admitted.registrationId()).then().statusCode(200);
        return admitted;
    }

    private String lastName(Admitted admitted) {
        return lastNameOf(admitted.person());
    }

    private String lastNameOf(Person person) {
        return api.as(office).get("/registrants/" + person.id()).then().statusCode(200).extract().jsonPath()
                .getString("lastName");
    }

    // --- the browser ---

    private Browser signedIn(Login login) {
        Browser browser = Browser.open(base);
        browsers.add(browser);
        signIn(browser, login);
        return browser;
    }

    private static void signIn(Browser browser, Login login) {
        browser.go("/login.xhtml");
        browser.type("login:username", login.username()).type("login:password", login.password())
                .click("login:signIn");
        assertThat(browser.pageText()).doesNotContain("De gebruikersnaam of het wachtwoord is onjuist.");
    }

    private void check(Browser browser, String page) {
        browser.accessibilityProblems().forEach(problem -> accessibility.add(page + ": " + problem));
    }

    /** Types into a column filter of a lazy table and waits until the table has asked the server again. */
    private static void filter(Browser browser, String id, String text) {
        String before = browser.find("#" + id.replace(":", "\\:")).getAttribute("value");
        browser.type(id, text);
        sleep(700);
        browser.settle();
        assertThat(before).isNotEqualTo(text);
    }

    /** Replaces a date picker's text: its script puts the old value back when the field is merely cleared. */
    private static void typeDate(Browser browser, String id, String date) {
        browser.find("#" + id.replace(":", "\\:"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, date, Keys.TAB);
    }

    private static List<String> rows(Browser browser, String tableId) {
        return browser.all("#" + tableId.replace(":", "\\:") + " tbody tr:not(.ui-datatable-empty-message)")
                .stream().map(row -> row.getText()).toList();
    }

    private static int rowIndex(Browser browser, String tableId, String text) {
        List<String> rows = rows(browser, tableId);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + rows);
    }

    /** Waits for the confirmation dialog and checks what it asks. */
    private static void confirmDialog(Browser browser, String question) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:yes")));
        assertThat(browser.text(".ui-confirm-dialog .ui-confirm-dialog-message")).contains(question);
    }

    private static void expectText(Browser browser, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                browser.settle();
                return browser.pageText().contains(text);
            });
        } catch (TimeoutException missing) {
            browser.screenshot("failure-" + System.currentTimeMillis());
            throw new AssertionError("\"" + text + "\" does not appear on " + browser.url() + ":\n"
                    + browser.pageText(), missing);
        }
    }

    /** A screenshot of the whole page, however long. */
    private static void shot(Browser browser, String name) {
        var window = browser.driver().manage().window();
        Dimension size = window.getSize();
        Number height = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        window.setSize(new Dimension(size.getWidth(), Math.min(5000, height.intValue() + 140)));
        browser.screenshot(name);
        window.setSize(size);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
