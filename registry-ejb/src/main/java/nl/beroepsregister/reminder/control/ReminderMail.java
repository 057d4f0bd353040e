package nl.beroepsregister.reminder.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.reminder.Reminder;
import nl.beroepsregister.reminder.ReminderKind;
import nl.beroepsregister.reminder.ReminderText;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.RequirementCheck;
import nl.beroepsregister.renewal.control.CompletenessCheck;
import nl.beroepsregister.text.Texts;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a reminder in the registrant's language: the administrator's wording if there is one, otherwise the default
 * from the bundle, with the register, level, renewal date and deadline filled in, the list of what the completeness
 * check says is still missing, and a link to the portal page where the registrant completes it. Plain text and HTML.
 */
@Dependent
public class ReminderMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompletenessCheck completeness;

    @Inject
    RegistryClock clock;

    @Inject
    @ConfigProperty(name = "registry.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    /** A written reminder, ready to be sent. */
    public record Written(String to, String copyTo, Language language, String subject, String text, String html) {
    }

    public Written write(Reminder reminder) {
        Registration registration = reminder.getRegistration();
        Registrant registrant = registration.getRegistrant();
        RegistrationYear year = reminder.getYear();
        Language language = registrant.getLanguage();
        Texts texts = Texts.in(language);
        List<String> missing = completeness.of(year, clock.today()).checks().stream()
                .filter(check -> !check.met())
                .map(RequirementCheck::message)
                .map(texts::get)
                .toList();
        String link = baseUrl + (baseUrl.endsWith("/") ? "" : "/") + "registrant/dossier.xhtml?registration="
                + registration.getId();
        Map<String, String> values = ReminderText.values(registrant.name(), registration.getRegister().getName(),
                texts.label(year.getLevel()), texts.date(year.getRenewalDate()),
                texts.date(year.getSubmissionDeadline()),
                missing.isEmpty() ? texts.text("reminder.nothingMissing") : "- " + String.join("\n- ", missing),
                link);
        ReminderText wording = wording(reminder.getKind(), language);
        String subject = ReminderText.fill(wording.getSubject(), values);
        String text = ReminderText.fill(wording.getBody(), values);
        String html = html(wording.getBody(), values, missing, link, texts);
        return new Written(reminder.getRecipient(), reminder.getCopyTo(), language, subject, text, html);
    }

    /** The administrator's wording of a kind in a language, or the default one. */
    public ReminderText wording(ReminderKind kind, Language language) {
        return stored(kind, language).orElseGet(() -> defaultWording(kind, language));
    }

    public Optional<ReminderText> stored(ReminderKind kind, Language language) {
        return em.createNamedQuery(ReminderText.FOR, ReminderText.class)
                .setParameter("kind", kind)
                .setParameter("language", language)
                .getResultStream()
                .findFirst();
    }

    public static ReminderText defaultWording(ReminderKind kind, Language language) {
        Texts texts = Texts.in(language);
        ReminderText wording = new ReminderText(kind, language);
        wording.change(texts.text("reminder." + kind + ".subject"), texts.text("reminder." + kind + ".body"),
                null, null);
        return wording;
    }

    private static String html(String template, Map<String, String> values, List<String> missing, String link,
                               Texts texts) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(texts.locale().getLanguage())
                .append("\"><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;"
                        + "color:#1a1a1a\">");
        for (String paragraph : template.strip().split("\\n\\s*\\n")) {
            String trimmed = paragraph.strip();
            if (trimmed.equals("{missing}")) {
                if (missing.isEmpty()) {
                    html.append("<p>").append(escape(texts.text("reminder.nothingMissing"))).append("</p>");
                } else {
                    html.append("<ul>");
                    missing.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
                    html.append("</ul>");
                }
                continue;
            }
            String escaped = escape(trimmed);
            for (Map.Entry<String, String> value : values.entrySet()) {
                String replacement = switch (value.getKey()) {
                    case "link" -> "<a href=\"" + escape(link) + "\">" + escape(link) + "</a>";
                    case "missing" -> escape(value.getValue()).replace("\n", "<br>");
                    default -> escape(value.getValue());
                };
                escaped = escaped.replace("{" + value.getKey() + "}", replacement);
            }
            html.append("<p>").append(escaped.replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
