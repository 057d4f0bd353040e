package nl.beroepsregister.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The certificate as a PDF through the API on Payara Micro: downloaded by its holder and the office, hidden from
 * other registrants, refused to auditors and strangers; read back, it names its holder and its QR code leads to its
 * verification under the default {@code registry.base-url}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatePdfIT {

    private static final String PDF = "application/pdf";
    /** registry.base-url as arquillian.xml sets it. */
    private static final String BASE_URL = "https://register.example/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Login office;
    Login auditor;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        api.clock("2026-01-05");
        office = api.staff("OFFICE");
        auditor = api.staff("AUDITOR");
    }

    @Test
    @DisplayName("The holder and the office download the certificate; it names the holder and its QR code verifies it")
    void download() {
        Admitted admitted = api.admitted(office, auditor, "B", "2026-03-02");
        Login holder = admitted.person().login();
        Map<String, Object> certificate = api.certificates(holder, admitted.registrationId()).get(0);
        String number = (String) certificate.get("certificateNumber");
        String code = (String) certificate.get("verificationCode");
        JsonPath person = api.as(office).get("/registrants/" + admitted.person().id()).then().statusCode(200)
                .extract().jsonPath();
        String name = person.getString("firstName") + " " + person.getString("lastName");
        String registrationNumber = api.registration(holder, admitted.registrationId())
                .getString("registrationNumber");

        byte[] content = pdf(asUser(holder), number).then().statusCode(200)
                .contentType(PDF)
                .header("Content-Disposition", allOf(startsWith("attachment"),
                        containsString("filename=\"certificaat-" + number + ".pdf\"")))
                .extract().asByteArray();

        PrintedCertificate printed = PrintedCertificate.read(content);
        assertThat(printed.pages()).isEqualTo(1);
        assertThat(printed.text()).contains("Certificaat", name, number, registrationNumber,
                "niveau B — Geregistreerd Accountmanager Bedrijven (R-AMB)", "2 maart 2026", "2 maart 2028",
                "2 jaar", BASE_URL + "verify/" + code);
        assertThat(printed.qrCode()).isEqualTo(BASE_URL + "verify/" + code);

        byte[] forOffice = pdf(asUser(office), number).then().statusCode(200).contentType(PDF)
                .extract().asByteArray();
        assertThat(PrintedCertificate.read(forOffice).text()).contains(name, number);
    }

    @Test
    @DisplayName("Another registrant is told the certificate does not exist; an auditor and a stranger are refused")
    void access() {
        Admitted admitted = api.admitted(office, auditor, "C", "2026-02-02");
        String number = (String) api.certificates(admitted.person().login(), admitted.registrationId()).get(0)
                .get("certificateNumber");
        Login other = api.registrant(office, "Piet", Api.unique("Anders")).login();

        pdf(asUser(other), number).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        pdf(asUser(auditor), number).then().statusCode(403).contentType("application/problem+json");
        pdf(given().baseUri(api.base()).basePath("/api"), number).then().statusCode(401)
                .contentType("application/problem+json");
        pdf(asUser(office), "AMB-2026-999999").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("AMB-2026-999999"));
        pdf(asUser(admitted.person().login()), "AMB-2026-999999").then().statusCode(404);
    }

    private RequestSpecification asUser(Login login) {
        return given().baseUri(api.base()).basePath("/api").auth().preemptive()
                .basic(login.username(), login.password());
    }

    private static Response pdf(RequestSpecification request, String certificateNumber) {
        return request.accept(PDF).get("/certificates/" + certificateNumber + ".pdf");
    }
}
