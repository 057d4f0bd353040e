package nl.beroepsregister.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Deployments;
import nl.beroepsregister.portal.Browser;
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
 * What every answer carries and how signing in resists abuse: security headers and no server banner, the session
 * cookie's attributes, a new session id at login, and throttling of failed sign-ins per account (API and form).
 * The test servers allow 25 failures per account (arquillian.xml), the default is 10. And how requests forged by
 * another site are refused: a portal form without its view state, with a guessed one or another session's does
 * nothing, and the API never takes the portal's session cookie for a sign-in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private String root() {
        return base.toExternalForm().replaceAll("/$", "");
    }

    @Test
    @DisplayName("Pages and the API send the security headers, and no Server or X-Powered-By banner")
    void headers() {
        Response page = RestAssured.given().baseUri(root()).get("/login.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("Content-Security-Policy")).contains("script-src").contains("'nonce-");
        assertThat(page.header("Server")).isNull();
        assertThat(page.header("X-Powered-By")).isNull();
        // the session cookie, and (the portal being distributable) the session's version that Payara sets beside it
        List<String> cookies = page.headers().getValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("REGISTER_SESSION="));
        assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));

        Response api = RestAssured.given().baseUri(root())
                .get("/api/public/indication?experienceYears=4&workLevel=HBO_PLUS&functionLevel=A");
        assertThat(api.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.header("Server")).isNull();
        assertThat(api.header("Set-Cookie")).as("the API never creates a session").isNull();
        Response authenticated = new Api(base).as(new Api(base).admin()).get("/registrants/999999");
        assertThat(authenticated.header("Set-Cookie")).as("nor with Basic credentials").isNull();
    }

    @Test
    @DisplayName("Too many failed sign-ins for one account: refused for a while, even with the right password")
    void throttling() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login victim = api.staff("AUDITOR");
        for (int attempt = 1; attempt <= 25; attempt++) {
            api.as(new Login(victim.username(), "wrong-" + attempt)).get("/applications/1").then().statusCode(401);
        }
        api.as(new Login(victim.username(), "wrong-26")).get("/applications/1").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json")
                .body("status", equalTo(429));
        api.as(victim).get("/applications/1").then().statusCode(429);
        // another account, from the same address, is not affected
        api.as(office).get("/registrants/999999").then().statusCode(404);

        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            browser.type("login:username", victim.username()).type("login:password", victim.password())
                    .click("login:signIn");
            assertThat(browser.pageText()).contains("Te veel mislukte pogingen om in te loggen");
            assertThat(browser.url()).contains("/login.xhtml");
        }
    }

    @Test
    @DisplayName("Signing in gives a new session id, and signing out ends the session")
    void sessionFixation() {
        Api api = new Api(base);
        Login office = api.staff("OFFICE");
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            String before = browser.driver().manage().getCookieNamed("REGISTER_SESSION").getValue();
            browser.type("login:username", office.username()).type("login:password", office.password())
                    .click("login:signIn");
            String after = browser.driver().manage().getCookieNamed("REGISTER_SESSION").getValue();
            assertThat(after).isNotEqualTo(before);
            browser.go("/");
            assertThat(browser.text(".user .who")).isEqualTo(office.username());
            browser.click("signOut:signOutButton");
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("REGISTER_SESSION", after, "/"));
            browser.go("/");
            assertThat(browser.all(".user .who")).as("the old session is gone").isEmpty();
        }
    }

    @Test
    @DisplayName("An unexpected failure answers without a stack trace")
    void noStackTrace() {
        Response response = RestAssured.given().baseUri(root()).contentType("application/json")
                .body("{\"experienceYears\": ").post("/api/applications");
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.asString()).doesNotContain("at nl.beroepsregister").doesNotContain("Caused by");
        Response page = RestAssured.given().baseUri(root()).get("/public/verify.xhtml?code=" + "x".repeat(500));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("Onbekend certificaat").doesNotContain("at nl.beroepsregister")
                .doesNotContain("Caused by");
    }

    @Test
    @DisplayName("Changing one's password needs the current one, follows the policy, and ends other sessions")
    void passwordChange() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        try (Browser first = Browser.open(base); Browser second = Browser.open(base)) {
            for (Browser browser : List.of(first, second)) {
                browser.go("/login.xhtml");
                browser.type("login:username", office.username()).type("login:password", office.password())
                        .click("login:signIn");
            }
            // the register's clock stands still in the tests: the sessions end without any time passing
            first.go("/account/password.xhtml");
            first.type("password:current", "not-my-password").type("password:replacement", "een nieuwe zin om te onthouden")
                    .type("password:repeated", "een nieuwe zin om te onthouden").click("password:change");
            assertThat(first.pageText()).contains("Het huidige wachtwoord is onjuist.");
            first.type("password:current", office.password()).type("password:replacement", "wachtwoord123")
                    .type("password:repeated", "wachtwoord123").click("password:change");
            assertThat(first.pageText()).contains("zo vaak gebruikt");
            first.type("password:current", office.password()).type("password:replacement", "een nieuwe zin")
                    .type("password:repeated", "een andere zin").click("password:change");
            assertThat(first.pageText()).contains("niet gelijk");
            api.as(office).get("/registrants/999999").then().statusCode(404);
            first.type("password:current", office.password()).type("password:replacement", "een nieuwe zin om te onthouden")
                    .type("password:repeated", "een nieuwe zin om te onthouden").click("password:change");
            assertThat(first.pageText()).contains("Uw wachtwoord is gewijzigd.");
            first.screenshot("account-password-changed-nl");

            api.as(office).get("/registrants/999999").then().statusCode(401);
            api.as(new Login(office.username(), "een nieuwe zin om te onthouden")).get("/registrants/999999")
                    .then().statusCode(404);
            second.go("/");
            assertThat(second.all(".user .who")).as("the other session ended").isEmpty();
        }
    }

    private static final String HOSTILE = "https://kwaadwillend.example";
    private static final Map<String, String> CROSS_SITE = Map.of("Origin", HOSTILE,
            "Referer", HOSTILE + "/lokker.html");

    /** The ways to send a form without the victim's view state: none, "stateless", a guess, another session's. */
    private static Map<String, String> forgedStates(String otherSessionsState) {
        Map<String, String> states = new LinkedHashMap<>();
        states.put("without a view state", null);
        states.put("with the view state \"stateless\"", "stateless");
        states.put("with a guessed view state", "-4387538413327046123:7512093866354214651");
        states.put("with a view state of the same page in another session", otherSessionsState);
        return states;
    }

    @Test
    @DisplayName("A forged portal form (no, a guessed or another session's view state) changes nothing")
    void forgedFormPosts() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login auditor = api.staff("AUDITOR");
        Admitted rita = api.admitted(office, auditor, "C", "2026-01-05");
        long registration = rita.registrationId();
        String dossier = "/registrant/dossier.xhtml?registration=" + registration;
        String accounts = "/admin/accounts.xhtml";
        Admitted mallory = api.admitted(office, auditor, "C", "2026-01-05");
        PortalSession admin = PortalSession.signIn(base, api.admin());
        PortalSession registrant = PortalSession.signIn(base, rita.person().login());
        PortalSession attacker = PortalSession.signIn(base, mallory.person().login());
        PortalSession attackingAdmin = PortalSession.signIn(base, api.staff("ADMIN"));
        assertThat(registrant.get(dossier).status()).isEqualTo(200);
        // the same pages in the attackers' own sessions
        String otherAccountsState = attackingAdmin.get(accounts).viewState();
        String otherDossierState = attacker.get("/registrant/dossier.xhtml?registration="
                + mallory.registrationId()).viewState();
        String before = dossierState(api, office, registration);

        String username = Api.unique("achterdeur");
        String password = "een-wachtwoord-van-de-aanvaller";
        Map<String, String> newAdmin = Map.of("create", "create", "create:username", username,
                "create:password", password, "create:roles", "ADMIN", "create:add", "Toevoegen");
        Map<String, String> declaration = Map.of("declare", "declare", "declare:employer", "Kwaadwillend BV",
                "declare:jobTitle", "Oplichter", "declare:inFunction", "true", "declare:sign", "Ondertekenen");

        for (Map.Entry<String, String> forged : forgedStates(otherAccountsState).entrySet()) {
            Page answer = admin.post(accounts, withState(newAdmin, forged.getValue()), CROSS_SITE);
            assertRefused("a new administrator " + forged.getKey(), answer);
            api.as(new Login(username, password)).get("/registrants/999999").then().statusCode(401);
        }
        for (Map.Entry<String, String> forged : forgedStates(otherDossierState).entrySet()) {
            Page answer = registrant.post(dossier, withState(declaration, forged.getValue()), CROSS_SITE);
            assertRefused("a signed declaration " + forged.getKey(), answer);
            assertThat(dossierState(api, office, registration)).as("the dossier after a declaration "
                    + forged.getKey()).isEqualTo(before);
        }
        assertThat(declared(api, office, mallory.registrationId())).as("the attacker's own dossier").isFalse();

        // the same forms, sent as the pages send them, do what they say: the view state is what stopped the forgeries
        Page form = admin.get(accounts);
        Map<String, String> fields = new LinkedHashMap<>(newAdmin);
        fields.remove("create");
        Page created = admin.submit(form, accounts, "create", fields);
        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        api.as(new Login(username, password)).get("/registrants/999999").then().statusCode(404);
        Page page = registrant.get(dossier);
        fields = new LinkedHashMap<>(declaration);
        fields.remove("declare");
        assertThat(registrant.submit(page, dossier, "declare", fields).status()).isEqualTo(200);
        assertThat(declared(api, office, registration)).isTrue();
    }

    private static boolean declared(Api api, Login office, long registration) {
        return api.renewal(office, registration).getBoolean("requirements.find { it.code == 'DECLARATION' }.met");
    }

    private static String dossierState(Api api, Login office, long registration) {
        return api.as(office).get("/registrations/" + registration).then().statusCode(200).extract().asString()
                + api.as(office).get("/registrations/" + registration + "/renewal").then().statusCode(200)
                .extract().asString();
    }

    private static Map<String, String> withState(Map<String, String> fields, String viewState) {
        Map<String, String> sent = new LinkedHashMap<>(fields);
        if (viewState != null) {
            sent.put("jakarta.faces.ViewState", viewState);
        }
        return sent;
    }

    /**
     * A forged form is answered as harmlessly as can be: without a view state it is no form at all, and the page is
     * shown as if asked for; with a view state that is not the session's own the "page expired" page follows. Never
     * an error, a stack trace or the server's own error report.
     */
    private static void assertRefused(String what, Page answer) {
        assertThat(answer.status()).as(what + ": " + answer).isIn(200, 302);
        if (answer.status() == 302) {
            assertThat(answer.location()).as(what).endsWith("/error/expired.xhtml");
        }
        assertThat(PortalAccessMatrixIT.leaks(answer)).as(what + ": " + answer.body()).isFalse();
    }

    @Test
    @DisplayName("The API does not take the portal's session cookie for a sign-in: a cross-site post to it is a 401")
    void apiIgnoresTheSessionCookie() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login auditor = api.staff("AUDITOR");
        Admitted rita = api.admitted(office, auditor, "C", "2026-01-05");
        long registration = rita.registrationId();
        PortalSession portal = PortalSession.signIn(base, rita.person().login());
        assertThat(portal.get("/registrant/dossier.xhtml?registration=" + registration).status())
                .as("the cookie signs in to the portal").isEqualTo(200);
        String activities = "/api/registrations/" + registration + "/pe-activities";
        String json = "{\"date\":\"2026-01-05\",\"title\":\"Vals\",\"provider\":\"Kwaad\",\"points\":40,"
                + "\"category\":\"TRAINING\"}";

        List<Page> answers = List.of(
                portal.post(activities, Map.of("date", "2026-01-05", "title", "Vals", "points", "40"), CROSS_SITE),
                portal.post(activities, "text/plain", json, CROSS_SITE),
                portal.post(activities, "application/json", json, CROSS_SITE),
                portal.post("/api/registrations/" + registration + "/transitions", "application/json",
                        "{\"to\":\"WITHDRAWN\",\"reason\":\"Vals\",\"version\":0}", CROSS_SITE),
                portal.get("/api/registrants/" + rita.person().id()),
                portal.get("/api/registrations/" + registration));
        for (Page answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWithIgnoringCase("Basic");
            assertThat(answer.body()).doesNotContain(rita.person().login().username());
        }
        assertThat(api.renewal(office, registration).getList("peActivities")).isEmpty();
        assertThat(api.registration(office, registration).getString("status")).isEqualTo("ACTIVE");
        assertThat(portal.get("/registrant/dashboard.xhtml").status()).as("the session is still there").isEqualTo(200);
    }
}
