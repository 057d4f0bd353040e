package nl.beroepsregister.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Deployments;
import nl.beroepsregister.portal.Browser;
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
 * The test servers allow 25 failures per account (arquillian.xml), the default is 10.
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
}
