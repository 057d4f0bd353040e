package nl.beroepsregister.registrant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.application.Application;
import nl.beroepsregister.certificate.Certificate;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.control.Documents;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.StatusChange;
import nl.beroepsregister.reminder.Reminder;
import nl.beroepsregister.renewal.PeActivity;
import nl.beroepsregister.renewal.RegistrationYear;

/**
 * A registrant's copy of their data: one JSON file with everything the register holds about them (never a password
 * hash) and every document they uploaded, in one ZIP.
 */
@Dependent
public class PersonalDataExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    public byte[] zip(Registrant registrant) {
        Map<String, Document> files = new LinkedHashMap<>();
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("registrant", Json.createObjectBuilder()
                        .add("id", registrant.getId())
                        .add("firstName", registrant.getFirstName())
                        .add("lastName", registrant.getLastName())
                        .add("email", registrant.getEmail())
                        .add("employer", text(registrant.getEmployer()))
                        .add("jobTitle", text(registrant.getJobTitle()))
                        .add("language", registrant.getLanguage().name())
                        .add("employerPublic", registrant.isEmployerPublic())
                        .add("createdAt", registrant.getCreatedAt().toString()))
                .add("accounts", accounts(registrant))
                .add("applications", applications(registrant, files))
                .add("registrations", registrations(registrant, files));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("gegevens.json"));
            zip.write(pretty(data).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, Document> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(documents.content(file.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private JsonArrayBuilder accounts(Registrant registrant) {
        JsonArrayBuilder accounts = Json.createArrayBuilder();
        em.createNamedQuery(Account.BY_REGISTRANT, Account.class).setParameter("registrant", registrant)
                .getResultList().forEach(account -> accounts.add(Json.createObjectBuilder()
                        .add("username", account.getUsername())
                        .add("roles", Json.createArrayBuilder(account.getRoles().stream().map(Enum::name).toList()))
                        .add("enabled", account.isEnabled())
                        .add("createdAt", account.getCreatedAt().toString())
                        .add("passwordChangedAt", account.getPasswordChangedAt().toString())));
        return accounts;
    }

    private JsonArrayBuilder applications(Registrant registrant, Map<String, Document> files) {
        JsonArrayBuilder applications = Json.createArrayBuilder();
        em.createQuery("select a from Application a where a.registrant = :registrant order by a.appliedAt",
                        Application.class)
                .setParameter("registrant", registrant).getResultList()
                .forEach(application -> {
                    application.getDocuments().forEach(document -> file(files, document));
                    applications.add(Json.createObjectBuilder()
                            .add("id", application.getId())
                            .add("register", application.getRegister().getCode())
                            .add("requestedLevel", application.getRequestedLevel().name())
                            .add("route", application.getRoute().name())
                            .add("experienceYears", application.getExperienceYears())
                            .add("workLevel", application.getWorkLevel().name())
                            .add("functionLevel", application.getFunctionLevel().name())
                            .add("courseCompletedOn", text(application.getCourseCompletedOn()))
                            .add("status", application.getStatus().name())
                            .add("appliedAt", application.getAppliedAt().toString())
                            .add("auditDate", text(application.getAuditDate()))
                            .add("decisionReason", text(application.getDecisionReason()))
                            .add("documents", Json.createArrayBuilder(application.getDocuments().stream()
                                    .map(PersonalDataExport::fileName).toList())));
                });
        return applications;
    }

    private JsonArrayBuilder registrations(Registrant registrant, Map<String, Document> files) {
        JsonArrayBuilder registrations = Json.createArrayBuilder();
        List<Registration> all = em.createQuery(
                        "select r from Registration r where r.registrant = :registrant order by r.startDate",
                        Registration.class)
                .setParameter("registrant", registrant).getResultList();
        for (Registration registration : all) {
            JsonArrayBuilder history = Json.createArrayBuilder();
            for (StatusChange change : registration.getHistory()) {
                history.add(Json.createObjectBuilder()
                        .add("kind", change.getKind().name())
                        .add("from", text(change.getFromStatus()))
                        .add("to", change.getToStatus().name())
                        .add("level", change.getLevel().name())
                        .add("at", change.getAt().toString())
                        .add("by", change.getBy())
                        .add("reason", text(change.getReason())));
            }
            JsonArrayBuilder years = Json.createArrayBuilder();
            for (RegistrationYear year : registration.getYears()) {
                years.add(year(year, files));
            }
            JsonArrayBuilder certificates = Json.createArrayBuilder();
            em.createNamedQuery(Certificate.OF_REGISTRATION, Certificate.class)
                    .setParameter("registration", registration).getResultList()
                    .forEach(certificate -> certificates.add(Json.createObjectBuilder()
                            .add("certificateNumber", certificate.getCertificateNumber())
                            .add("level", certificate.getLevel().name())
                            .add("issueDate", certificate.getIssueDate().toString())
                            .add("expiryDate", certificate.getExpiryDate().toString())));
            JsonArrayBuilder reminders = Json.createArrayBuilder();
            em.createNamedQuery(Reminder.OF_REGISTRATION, Reminder.class)
                    .setParameter("registrationId", registration.getId()).getResultList()
                    .forEach(reminder -> reminders.add(Json.createObjectBuilder()
                            .add("kind", reminder.getKind().name())
                            .add("recipient", reminder.getRecipient())
                            .add("status", reminder.getStatus().name())
                            .add("queuedAt", reminder.getQueuedAt().toString())
                            .add("sentAt", text(reminder.getSentAt()))));
            registrations.add(Json.createObjectBuilder()
                    .add("registrationNumber", registration.getRegistrationNumber())
                    .add("register", registration.getRegister().getCode())
                    .add("level", registration.getLevel().name())
                    .add("status", registration.getStatus().name())
                    .add("startDate", registration.getStartDate().toString())
                    .add("validUntil", registration.getValidUntil().toString())
                    .add("history", history)
                    .add("years", years)
                    .add("certificates", certificates)
                    .add("reminders", reminders));
        }
        return registrations;
    }

    private JsonObjectBuilder year(RegistrationYear year, Map<String, Document> files) {
        JsonArrayBuilder activities = Json.createArrayBuilder();
        for (PeActivity activity : year.getPeActivities()) {
            activities.add(Json.createObjectBuilder()
                    .add("date", activity.getDate().toString())
                    .add("title", activity.getTitle())
                    .add("provider", activity.getProvider())
                    .add("points", activity.getPoints())
                    .add("category", activity.getCategory().name())
                    .add("evidence", text(file(files, activity.getEvidence()))));
        }
        JsonObjectBuilder answers = Json.createObjectBuilder();
        year.answers().forEach(answers::add);
        JsonArrayBuilder portfolio = Json.createArrayBuilder();
        year.getPortfolioActivities().forEach(proposal -> portfolio.add(Json.createObjectBuilder()
                .add("title", proposal.getTitle())
                .add("description", proposal.getDescription())
                .add("localLevel", proposal.isLocalLevel())
                .add("status", proposal.getStatus().name())
                .add("rejectionReason", text(proposal.getRejectionReason()))
                .add("report", text(file(files, proposal.getReport())))));
        JsonObjectBuilder declaration = Json.createObjectBuilder();
        year.declaration().ifPresent(signed -> declaration
                .add("employer", signed.getEmployer())
                .add("jobTitle", signed.getJobTitle())
                .add("stillInFunction", signed.isStillInFunction())
                .add("signedAt", signed.getSignedAt().toString()));
        return Json.createObjectBuilder()
                .add("start", year.getStartDate().toString())
                .add("renewalDate", year.getRenewalDate().toString())
                .add("level", year.getLevel().name())
                .add("dossierStatus", year.getDossierStatus().name())
                .add("submittedAt", text(year.getSubmittedAt()))
                .add("decisionReason", text(year.getDecisionReason()))
                .add("declaration", declaration)
                .add("questionnaire", answers)
                .add("peActivities", activities)
                .add("portfolio", portfolio)
                .add("peerReviewMeeting", year.getMeeting() == null ? Json.createObjectBuilder()
                        : Json.createObjectBuilder()
                        .add("date", year.getMeeting().getDate().toString())
                        .add("location", year.getMeeting().getLocation())
                        .add("attended", year.isAttended())
                        .add("presented", year.isPresented()));
    }

    private static String file(Map<String, Document> files, Document document) {
        if (document == null) {
            return null;
        }
        String name = fileName(document);
        files.putIfAbsent(name, document);
        return name;
    }

    private static String fileName(Document document) {
        return "documenten/" + document.getId() + "-" + document.downloadName();
    }

    private static jakarta.json.JsonValue text(Object value) {
        return value == null ? jakarta.json.JsonValue.NULL : Json.createValue(value.toString());
    }

    private static String pretty(JsonObjectBuilder data) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(data.build());
        }
        return out.toString();
    }
}
