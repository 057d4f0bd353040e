package nl.beroepsregister.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.boundary.Accounts;
import nl.beroepsregister.application.ApplicantFacts;
import nl.beroepsregister.application.Application;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.certificate.control.CertificateIssuer;
import nl.beroepsregister.document.DocumentKind;
import nl.beroepsregister.document.control.Documents;
import nl.beroepsregister.meeting.PeerReviewMeeting;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.WorkLevel;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.RegistrationNumbers;
import nl.beroepsregister.renewal.PeActivity;
import nl.beroepsregister.renewal.PeCategory;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.control.CompletenessCheck;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A demonstration data set, loaded at start-up when {@code registry.demo-data=true} and the register has no registrant
 * yet: staff accounts, and registrants at each level and stage, with dates relative to the clock's today. The
 * accounts and their passwords are listed in the README. Never for production.
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD = "demo-wachtwoord";
    private static final String BY = "demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "registry.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    Accounts accounts;

    @Inject
    Registers registers;

    @Inject
    RegistryClock clock;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    CertificateIssuer certificates;

    @Inject
    Documents documents;

    @Inject
    CompletenessCheck completeness;

    private Register amb;
    private LocalDate today;
    private Instant now;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        boolean empty = em.createQuery("select count(r) from Registrant r", Long.class).getSingleResult() == 0;
        if (!empty) {
            LOG.info("Demonstration data not loaded: the register already has registrants");
            return;
        }
        amb = registers.get(Register.DEFAULT_CODE);
        today = clock.today();
        now = clock.now();

        accounts.open("bureau", PASSWORD, EnumSet.of(Role.OFFICE), null);
        Account auditor = accounts.open("auditor", PASSWORD, EnumSet.of(Role.AUDITOR), null);

        waitingForAudit(auditor);
        levelCComplete();
        levelBWithoutReport();
        levelAShortOfNetworkPoints();
        lapsed();
        struckOff();
        LOG.warning("Demonstration data loaded (registry.demo-data=true): accounts bureau, auditor, sanne, jan, "
                + "fatima, pieter, kees and marieke, all with the password '" + PASSWORD + "'");
    }

    /** Sanne applied for B by entry audit; the audit is planned in two weeks. */
    private void waitingForAudit(Account auditor) {
        Registrant sanne = registrant("sanne", "Sanne", "de Vries", "Gemeente Amersfoort", "Relatiemanager bedrijven");
        Application application = Application.apply(sanne, amb, Level.B, Route.ENTRY_AUDIT,
                new ApplicantFacts(new BigDecimal("4"), WorkLevel.HBO_PLUS, Level.B, null),
                java.util.Optional.empty(), false, today, now, "sanne");
        em.persist(application);
        application.planAudit(today.plusWeeks(2), auditor, today);
    }

    /** Jan, level C, has a complete dossier he has not submitted yet; the deadline is a month away. */
    private void levelCComplete() {
        Registrant jan = registrant("jan", "Jan", "Jansen", "Gemeente Utrecht", "Klantmanager bedrijven");
        Registration registration = admitted(jan, Level.C, today.minusMonths(9), null);
        RegistrationYear year = registration.currentYear(today);
        proven(year, year.getStartDate().plusMonths(2), "Vergunningverlening voor ondernemers", "VNG Academie", 5,
                PeCategory.TRAINING);
        proven(year, year.getStartDate().plusMonths(5), "Netwerkbijeenkomst ondernemersloket", "Kamer van Koophandel",
                3, PeCategory.NETWORK);
        year.sign("Gemeente Utrecht", "Klantmanager bedrijven", true, now, "jan");
    }

    /** Fatima, level B: everything is done except the practice report, due before the meeting in three weeks. */
    private void levelBWithoutReport() {
        Registrant fatima = registrant("fatima", "Fatima", "El Amrani", "Gemeente Zwolle", "Relatiemanager bedrijven");
        Registration registration = admitted(fatima, Level.B, today.minusMonths(8), null);
        RegistrationYear year = registration.currentYear(today);
        answerAll(year);
        proven(year, year.getStartDate().plusMonths(1), "Onderhandelen met ondernemers", "Bestuursacademie", 8,
                PeCategory.TRAINING);
        proven(year, year.getStartDate().plusMonths(4), "Regionaal accountmanagersoverleg", "Provincie Overijssel", 4,
                PeCategory.NETWORK);
        PortfolioActivity portfolio = year.propose("Herstructurering bedrijventerrein Hessenpoort",
                "Samen met de ondernemersvereniging een plan voor de herinrichting van het terrein.", true,
                completeness.rules(year), now, "fatima");
        em.flush();
        portfolio.approve(false, now, "auditor");
        PeerReviewMeeting meeting = meeting(today.plusWeeks(3), "Zwolle, Stadhuis");
        year.enrol(meeting, completeness.rules(year), now);
        year.sign("Gemeente Zwolle", "Relatiemanager bedrijven", true, now, "fatima");
    }

    /** Pieter, level A: 22 points, but only 4 of them for network and profession development. */
    private void levelAShortOfNetworkPoints() {
        Registrant pieter = registrant("pieter", "Pieter", "Bakker", "Gemeente Eindhoven",
                "Senior relatiemanager bedrijven");
        Registration registration = admitted(pieter, Level.A, today.minusMonths(6), null);
        RegistrationYear year = registration.currentYear(today);
        answerAll(year);
        proven(year, year.getStartDate().plusWeeks(3), "Masterclass gebiedsontwikkeling", "TU Eindhoven", 18,
                PeCategory.TRAINING);
        proven(year, year.getStartDate().plusMonths(2), "Bijeenkomst Brainport ondernemers", "Brainport", 4,
                PeCategory.NETWORK);
        PortfolioActivity portfolio = year.propose("Arbeidsmarktoffensief techniek",
                "Met het onderwijs en de lokale werkgevers een leerwerktraject opzetten.", true,
                completeness.rules(year), now, "pieter");
        em.flush();
        portfolio.approve(true, now, "auditor");
        year.sign("Gemeente Eindhoven", "Senior relatiemanager bedrijven", true, now, "pieter");
    }

    /** Kees's renewal date passed two months ago without a renewal. */
    private void lapsed() {
        Registrant kees = registrant("kees", "Kees", "Visser", "Gemeente Delft", "Accountmanager bedrijven");
        Registration registration = admitted(kees, Level.C, today.minusMonths(14), null);
        registration.lapse(today, now);
    }

    /** Marieke's registration was struck off by the office. */
    private void struckOff() {
        Registrant marieke = registrant("marieke", "Marieke", "Smit", "Gemeente Leiden", "Relatiemanager bedrijven");
        Registration registration = admitted(marieke, Level.B, today.minusMonths(3), null);
        registration.strikeOff("Titel gevoerd na beëindiging van de functie", now, "bureau");
    }

    private Registrant registrant(String username, String first, String last, String employer, String jobTitle) {
        Registrant registrant = new Registrant(first, last, username + "@gemeente.example", employer, jobTitle,
                Language.NL, now);
        em.persist(registrant);
        accounts.open(username, PASSWORD, EnumSet.of(Role.REGISTRANT), registrant);
        return registrant;
    }

    private Registration admitted(Registrant registrant, Level level, LocalDate start, LocalDate course) {
        Registration registration = Registration.admit(registrant, amb, level, start, course, today, now, "auditor");
        registration.assignNumber(numbers.nextRegistrationNumber(amb.getCode()));
        em.persist(registration);
        certificates.onAdmission(registration);
        return registration;
    }

    private void proven(RegistrationYear year, LocalDate date, String title, String provider, int points,
                        PeCategory category) {
        PeActivity activity = year.addPeActivity(date, title, provider, points, category, today, now, BY);
        year.attachEvidence(activity, documents.storeGenerated(DocumentKind.PE_EVIDENCE, "bewijs-van-deelname.pdf",
                evidence(title)), documents.perDossier());
    }

    private void answerAll(RegistrationYear year) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("JOB_CHANGES", "Geen veranderingen in functie of werkgever.");
        answers.put("MAIN_FOCUS", "Contacten met de ondernemers op de bedrijventerreinen.");
        answers.put("KEY_RESULT", "Een vernieuwd ondernemersloket met één aanspreekpunt.");
        answers.put("DEVELOPMENT_WISH", "Verder in acquisitie en onderhandelen.");
        year.answer(answers, completeness.questions(year), completeness.rules(year));
    }

    private PeerReviewMeeting meeting(LocalDate date, String location) {
        PeerReviewMeeting meeting = new PeerReviewMeeting(amb, date, location, now, BY);
        em.persist(meeting);
        return meeting;
    }

    /** A small but real PDF: a certificate of attendance with the activity's title. */
    static byte[] evidence(String title) {
        String text = "Bewijs van deelname: " + title.replaceAll("[()\\\\]", "");
        String stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
