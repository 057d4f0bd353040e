package nl.beroepsregister.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import nl.beroepsregister.journey.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public pages and signing in, in a real browser, as a visitor would use them, on the demonstration data: the
 * level indication wizard, the public register, certificate verification (also through the QR code's address),
 * the language switch, signing in and out, and the error pages. Every page is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment(testable = false)
    @TargetsContainer("demo")
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Browser browser;
    final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void open() {
        browser = Browser.open(base);
    }

    @AfterEach
    void close() {
        browser.close();
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void check(String page) {
        browser.accessibilityProblems().forEach(problem -> accessibility.add(page + ": " + problem));
    }

    @Test
    @DisplayName("The start page, in Dutch and in English, on a laptop and on a phone")
    void startPage() {
        browser.go("/");
        assertThat(browser.text("h1")).isEqualTo("Welkom bij het Beroepsregister AMB");
        assertThat(browser.all("nav.menu a")).extracting(a -> a.getText())
                .containsExactly("Start", "Niveau-indicatie", "Register raadplegen", "Certificaat controleren");
        browser.screenshot("public-home-nl");
        check("home");

        browser.follow("EN");
        assertThat(browser.text("h1")).isEqualTo("Welcome to the Professional Register AMB");
        browser.go("/public/register.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Search the register");
        browser.follow("NL");
        assertThat(browser.text("h1")).isEqualTo("Register raadplegen");

        try (Browser phone = Browser.open(base, "nl", true)) {
            phone.go("/");
            assertThat(phone.text("h1")).isEqualTo("Welkom bij het Beroepsregister AMB");
            phone.screenshot("public-home-phone-nl");
        }
    }

    @Test
    @DisplayName("The level indication: three steps, the lowest level, and why each part gives its level")
    void levelIndication() {
        browser.go("/public/indication.xhtml");
        check("indication step 1");
        browser.click("indication:next");
        assertThat(browser.pageText()).contains("vul dit veld in");
        browser.type("indication:experience", "4").click("indication:next");
        assertThat(browser.pageText()).contains("Stap 2 van 3");
        browser.choose("indication:workLevel", "HBO_PLUS").click("indication:next");
        check("indication step 3");
        browser.choose("indication:functionLevel", "A").click("indication:next");
        assertThat(browser.text("#indication\\:result h2")).isEqualTo("Indicatie: niveau B");
        assertThat(browser.text("#indication\\:result table")).contains("4 jaar", "3 tot en met 5 jaar",
                "HBO+ geeft niveau B", "senior relatiemanager bedrijven");
        browser.screenshot("public-indication-result-nl");
        check("indication result");
        browser.click("indication:again");
        assertThat(browser.pageText()).contains("Stap 1 van 3");
    }

    @Test
    @DisplayName("The public register: active registrations by name, any status by number, nothing else shown")
    void publicRegister() {
        browser.go("/public/register.xhtml");
        browser.type("search:query", "jan").click("search:find");
        assertThat(browser.text("#results")).contains("Jan Jansen", "AMB-000001", "R-AMB", "actief")
                .doesNotContain("@");
        browser.screenshot("public-register-nl");
        check("register");

        browser.type("search:query", "kees").click("search:find");
        assertThat(browser.text("#results h2")).isEqualTo("Niets gevonden");
        String lapsed = RestAssured.given().baseUri(browser.url().replaceAll("/public/.*", ""))
                .get("/api/public/registrations?name=visser").then().extract().asString();
        assertThat(lapsed).isEqualTo("[]");

        browser.go("/public/register.xhtml?q=AMB-000004");
        assertThat(browser.text("#results")).contains("Kees Visser", "verlopen").doesNotContain("R-AMB");

        browser.type("search:query", "x").click("search:find");
        assertThat(browser.pageText()).contains("Geef minstens 2 tekens van de naam.");
    }

    @Test
    @DisplayName("Verifying a certificate: valid, no longer valid, unknown; the QR code's address opens the answer")
    void verification() {
        String api = browser.url();
        String valid = code(1);
        String lapsed = code(4);

        browser.go("/verify/" + valid);
        assertThat(browser.url()).contains("/public/verify.xhtml?code=" + valid);
        assertThat(browser.text("#verdict")).isEqualTo("Geldig certificaat");
        assertThat(browser.text("dl.facts")).contains("Jan Jansen", "AMB", "actief");
        browser.screenshot("public-verify-valid-nl");
        check("verify valid");

        browser.go("/verify/" + lapsed);
        assertThat(browser.text("#verdict")).isEqualTo("Niet meer geldig: de registratie is verlopen");
        browser.screenshot("public-verify-lapsed-nl");

        browser.go("/public/verify.xhtml");
        browser.type("check:code", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").click("check:verify");
        assertThat(browser.pageText()).contains("Onbekend certificaat");
        browser.type("check:code", "<script>alert(1)</script>").click("check:verify");
        assertThat(browser.pageText()).contains("Onbekend certificaat");
        check("verify unknown");
    }

    @Test
    @DisplayName("Signing in: a clear message on a wrong password, back to the page asked for, and signing out")
    void signingIn() {
        browser.go("/login.xhtml");
        check("login");
        browser.type("login:username", "jan").type("login:password", "fout").click("login:signIn");
        assertThat(browser.pageText()).contains("De gebruikersnaam of het wachtwoord is onjuist.");
        browser.screenshot("login-failed-nl");

        browser.go("/registrant/dashboard.xhtml");
        assertThat(browser.url()).contains("/login.xhtml");
        browser.type("login:username", "jan").type("login:password", "demo-wachtwoord").click("login:signIn");
        assertThat(browser.url()).contains("/registrant/dashboard.xhtml");
        browser.go("/");
        assertThat(browser.text(".user .who")).isEqualTo("jan");

        browser.go("/office/dashboard.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Geen toegang");
        browser.screenshot("no-access-nl");
        check("no access");

        browser.click("signOut:signOutButton");
        assertThat(browser.pageText()).contains("U bent uitgelogd.");
        browser.go("/registrant/dashboard.xhtml");
        assertThat(browser.url()).contains("/login.xhtml");
    }

    @Test
    @DisplayName("A page that does not exist says so, in the portal's own frame")
    void notFound() {
        browser.go("/bestaat-niet.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Pagina niet gevonden");
        browser.screenshot("not-found-nl");
        check("not found");
    }

    private String code(long registrationId) {
        String root = base.toExternalForm().replaceAll("/$", "");
        return RestAssured.given().baseUri(root).auth().preemptive().basic("bureau", "demo-wachtwoord")
                .get("/api/registrations/" + registrationId + "/certificates")
                .then().statusCode(200).extract().jsonPath().getString("[0].verificationCode");
    }
}
