package nl.beroepsregister;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.DocumentKind;
import nl.beroepsregister.document.UploadLimits;
import nl.beroepsregister.meeting.PeerReviewMeeting;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.DossierContent;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.RegisterLevel;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.renewal.Completeness;
import nl.beroepsregister.renewal.PeActivity;
import nl.beroepsregister.renewal.PeCategory;
import nl.beroepsregister.renewal.RegistrationYear;

/** Small builders shared by the domain tests. */
public final class Fixtures {

    /** The register's default limits: 60 files and 200 MB per dossier, 20 files and 100 MB per application. */
    public static final UploadLimits DOSSIER_LIMITS = UploadLimits.perDossier(60, 200L * 1024 * 1024);
    public static final UploadLimits APPLICATION_LIMITS = UploadLimits.perApplication(20, 100L * 1024 * 1024);
    public static final String REGISTRANT = "jan.jansen";
    public static final String OFFICE = "office";
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final AtomicLong MEETING_IDS = new AtomicLong(1000);

    private Fixtures() {
    }

    /** A moment on the given day, for the "now" that the domain records. */
    public static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    public static Registrant registrant() {
        return new Registrant("Jan", "Jansen", "jan.jansen@gemeente.nl", "Gemeente Utrecht",
                "Accountmanager Bedrijven", Language.NL, Instant.parse("2024-01-01T00:00:00Z"));
    }

    /** A registration admitted on {@code start} (recorded that same day) without a course. */
    public static Registration admit(Register register, Level level, LocalDate start) {
        return admit(register, level, start, null);
    }

    public static Registration admit(Register register, Level level, LocalDate start, LocalDate courseCompletedOn) {
        return Registration.admit(registrant(), register, level, start, courseCompletedOn, start, at(start), OFFICE);
    }

    /**
     * Fills a level-C year's dossier so that it is complete on {@code today}: the declaration signed and 8 training
     * points on the year's first day, with evidence.
     */
    public static Completeness completeLevelC(Register register, RegistrationYear year, LocalDate today) {
        year.sign("Gemeente Utrecht", "Klantmanager Bedrijven", true, at(today), REGISTRANT);
        PeActivity training = year.addPeActivity(year.getStartDate(), "Gastvrijheid voor ondernemers",
                "VNG Academie", 8, PeCategory.TRAINING, today, at(today), REGISTRANT);
        year.attachEvidence(training, evidence(), DOSSIER_LIMITS);
        return year.completeness(register.getLevel(Level.C), List.of(), today);
    }

    /**
     * Fills the dossier of a year of any AMB level so that it is complete from {@code today} on: declaration,
     * 14 training and 6 network points with evidence, and where the level asks for them the questionnaire, an approved
     * local-level portfolio activity with its report, and attendance at a meeting one month after the year's start.
     * {@code today} must lie in the year, at least one month after its start.
     */
    public static void fillDossier(Register register, RegistrationYear year, LocalDate today) {
        RegisterLevel rules = register.getLevel(year.getLevel());
        DossierContent content = rules.dossierContent();
        LocalDate start = year.getStartDate();
        year.sign("Gemeente Utrecht", "Accountmanager Bedrijven", true, at(today), REGISTRANT);
        PeActivity training = year.addPeActivity(start, "Leergang", "VNG Academie", 14, PeCategory.TRAINING, today,
                at(today), REGISTRANT);
        PeActivity network = year.addPeActivity(start, "Netwerkbijeenkomst", "Ondernemersvereniging", 6,
                PeCategory.NETWORK, today, at(today), REGISTRANT);
        year.attachEvidence(training, evidence(), DOSSIER_LIMITS);
        year.attachEvidence(network, evidence(), DOSSIER_LIMITS);
        if (content.questionnaire()) {
            Map<String, String> answers = new HashMap<>();
            AmbRegister.DEFAULT_QUESTION_CODES.forEach(code -> answers.put(code, "Antwoord"));
            year.answer(answers, AmbRegister.questions(register, year.getLevel()), rules);
        }
        PortfolioActivity portfolio = null;
        if (content.portfolio()) {
            portfolio = year.propose("Ondernemersloket", "Samen met de ondernemersvereniging", true, rules,
                    at(start), REGISTRANT);
            portfolio.approve(content.portfolioLocalLevel(), at(start), OFFICE);
        }
        if (content.peerReview()) {
            PeerReviewMeeting meeting = meeting(register, start.plusMonths(1), MEETING_IDS.incrementAndGet());
            year.enrol(meeting, rules, at(start));
            if (portfolio != null) {
                year.attachReport(portfolio, practiceReport(), start, DOSSIER_LIMITS);
            }
            year.recordAttendance(meeting, true, meeting.getDate(), at(meeting.getDate()), OFFICE);
        }
    }

    /**
     * An approved renewal as the office gives it: the latest year's dossier filled, submitted on {@code day} and
     * approved, and the next year opened.
     */
    public static RegistrationYear renewApproved(Register register, Registration registration, LocalDate day) {
        RegistrationYear year = registration.latestYear();
        fillDossier(register, year, day);
        Completeness completeness = year.completeness(register.getLevel(year.getLevel()),
                AmbRegister.questions(register, year.getLevel()), day);
        year.submit(completeness, day, at(day), REGISTRANT);
        year.approve(at(day), OFFICE);
        return registration.renew(year, at(day), OFFICE);
    }

    public static Document evidence() {
        return Document.describe(DocumentKind.PE_EVIDENCE, "certificaat.pdf", PDF, Instant.EPOCH, REGISTRANT);
    }

    public static Document practiceReport() {
        return Document.describe(DocumentKind.PRACTICE_REPORT, "praktijkverslag.pdf", PDF, Instant.EPOCH,
                REGISTRANT);
    }

    /** A peer-review meeting with an id, as if stored: the year compares meetings by id. */
    public static PeerReviewMeeting meeting(Register register, LocalDate date, long id) {
        return withId(new PeerReviewMeeting(register, date, "Utrecht", Instant.EPOCH, OFFICE), id);
    }

    /** Sets the id that the database would have given. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
