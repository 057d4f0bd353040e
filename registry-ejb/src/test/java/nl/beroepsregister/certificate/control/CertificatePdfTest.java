package nl.beroepsregister.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.beroepsregister.certificate.Certificate;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The certificate as a PDF")
class CertificatePdfTest {

    private static final String CODE = "k7q2m4xzr5tb3nwa6yc2dh7fvj4el5pu";
    private static final String URL = "https://register.example.nl/verify/" + CODE;
    private static final ZonedDateTime CREATED = ZonedDateTime.of(2026, 3, 2, 10, 15, 0, 0,
            ZoneId.of("Europe/Amsterdam"));

    private final Register register = AmbRegister.create();
    private CertificatePdf pdf;

    @BeforeEach
    void setUp() {
        pdf = new CertificatePdf();
        pdf.baseUrl = "https://register.example.nl/";
    }

    @Test
    @DisplayName("shows every fact of the certificate in Dutch, and its QR code leads to its verification")
    void dutch() {
        Certificate certificate = certificate(registrant("Jan", "Jansen", Language.NL), Level.B,
                LocalDate.of(2026, 3, 2));

        PrintedCertificate printed = PrintedCertificate.read(pdf.render(certificate, CREATED));

        assertThat(printed.text()).contains("Beroepsregister Accountmanager Bedrijven".toUpperCase(),
                "Certificaat", "uitgereikt aan", "Jan Jansen",
                "niveau B — Geregistreerd Accountmanager Bedrijven (R-AMB)",
                "Afgiftedatum", "2 maart 2026", "Geldigheidsduur", "2 jaar", "Vervaldatum", "2 maart 2028",
                "Certificaatnummer", "AMB-2026-000017", "Registratienummer", "AMB-000042",
                "Controleer de echtheid", URL);
        assertThat(printed.qrCode()).isEqualTo(URL);
        assertThat(printed.pages()).isEqualTo(1);
        assertThat(printed.pageSize().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
        assertThat(printed.pageSize().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
        assertThat(printed.title()).isEqualTo("Certificaat AMB-2026-000017 – Jan Jansen");
        assertThat(printed.author()).isEqualTo("Beroepsregister Accountmanager Bedrijven");
        assertThat(printed.created().toInstant()).isEqualTo(CREATED.toInstant());
    }

    @Test
    @DisplayName("is in English for a registrant who reads the register in English")
    void english() {
        Certificate certificate = certificate(registrant("Emma", "de Vries", Language.EN), Level.B,
                LocalDate.of(2026, 3, 2));

        PrintedCertificate printed = PrintedCertificate.read(pdf.render(certificate, CREATED));

        assertThat(printed.text()).contains("Certificate", "awarded to", "Emma de Vries",
                "level B — Geregistreerd Accountmanager Bedrijven (R-AMB)",
                "Date of issue", "March 2, 2026", "Period of validity", "2 years", "Expiry date", "March 2, 2028",
                "Certificate number", "AMB-2026-000017", "Registration number", "AMB-000042",
                "Check that this certificate", URL);
        assertThat(printed.text()).doesNotContain("Certificaat", "uitgereikt", "maart");
        assertThat(printed.qrCode()).isEqualTo(URL);
        assertThat(printed.title()).isEqualTo("Certificate AMB-2026-000017 – Emma de Vries");
        assertThat(pdf.filename(certificate)).isEqualTo("certificate-AMB-2026-000017.pdf");
    }

    @Test
    @DisplayName("gives level C one year, also from a leap day")
    void levelCFromLeapDay() {
        Certificate certificate = certificate(registrant("Jan", "Jansen", Language.NL), Level.C,
                LocalDate.of(2028, 2, 29));
        assertThat(certificate.getExpiryDate()).isEqualTo(LocalDate.of(2029, 2, 28));

        String text = PrintedCertificate.read(pdf.render(certificate, CREATED)).text();

        assertThat(text).contains("niveau C", "29 februari 2028", "1 jaar", "28 februari 2029");
    }

    @Test
    @DisplayName("writes names with letters beyond the standard fonts as they are")
    void unicodeName() {
        Certificate certificate = certificate(registrant("Şükrü", "Łukasiewicz-Çelik", Language.NL), Level.A,
                LocalDate.of(2026, 3, 2));

        PrintedCertificate printed = PrintedCertificate.read(pdf.render(certificate, CREATED));

        assertThat(printed.text()).contains("Şükrü Łukasiewicz-Çelik", "niveau A");
        assertThat(printed.qrCode()).isEqualTo(URL);
    }

    @Test
    @DisplayName("links to verify/<code> under the base URL, with or without its closing slash, and is named after its number")
    void urlAndFilename() {
        Certificate certificate = certificate(registrant("Jan", "Jansen", Language.NL), Level.B,
                LocalDate.of(2026, 3, 2));

        assertThat(pdf.verificationUrl(certificate)).isEqualTo(URL);
        pdf.baseUrl = "https://register.example.nl";
        assertThat(pdf.verificationUrl(certificate)).isEqualTo(URL);
        assertThat(pdf.filename(certificate)).isEqualTo("certificaat-AMB-2026-000017.pdf");
    }

    private static Registrant registrant(String firstName, String lastName, Language language) {
        return new Registrant(firstName, lastName, "registrant@gemeente.example", "Gemeente Utrecht",
                "Accountmanager Bedrijven", language, Instant.parse("2025-12-01T09:00:00Z"));
    }

    private Certificate certificate(Registrant holder, Level level, LocalDate issued) {
        Instant now = issued.atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
        Registration registration = Registration.admit(holder, register, level, issued, null, issued, now, "office");
        registration.assignNumber("AMB-000042");
        return new Certificate(registration, "AMB-2026-000017", CODE, level, issued,
                register.getLevel(level).getCertificateValidityMonths(), now);
    }
}
