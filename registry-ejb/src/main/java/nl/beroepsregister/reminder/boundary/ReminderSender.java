package nl.beroepsregister.reminder.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.beroepsregister.reminder.ReminderStatus;
import nl.beroepsregister.reminder.control.MailServer;
import nl.beroepsregister.reminder.control.ReminderMail;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * Delivers the reminders in the outbox: claims each, writes it, sends it through the mail server, and records the
 * outcome. When the mail server cannot be reached (or does not answer in time), the round stops at once: nothing is
 * lost, the rest simply waits for the next round, and no time is wasted on time-outs one reminder after another.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSender {

    private static final Logger LOG = Logger.getLogger(ReminderSender.class.getName());
    private static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();
    private static final int BATCH = 500;

    @Inject
    ReminderOutbox outbox;

    @Inject
    MailServer mailServer;

    @Inject
    RegistryClock clock;

    @Inject
    @ConfigProperty(name = "registry.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @Inject
    @Metric(name = "registry.reminders.sent", absolute = true,
            description = "Reminders handed to the mail server")
    Counter sentCount;

    @Inject
    @Metric(name = "registry.reminders.failed", absolute = true,
            description = "Attempts to deliver a reminder that failed")
    Counter failedCount;

    /** What one round of delivery did. */
    public record Delivery(int sent, int failed) {
    }

    public Delivery deliverDue() {
        int sent = 0;
        int failed = 0;
        MailServer.Connection connection = null;
        try {
            List<Long> due = outbox.deliverable(clock.now(), BATCH);
            while (!due.isEmpty()) {
                for (Long id : due) {
                    if (!outbox.claim(id, clock.now(), SERVER)) {
                        continue;
                    }
                    Optional<ReminderMail.Written> written = outbox.write(id);
                    if (written.isEmpty()) {
                        continue;
                    }
                    try {
                        if (connection == null) {
                            connection = mailServer.connect();
                        }
                        connection.send(message(id, written.get()));
                        outbox.delivered(id, clock.now(), SERVER);
                        sent++;
                        sentCount.inc();
                    } catch (MessagingException | RuntimeException e) {
                        failed++;
                        failedCount.inc();
                        ReminderStatus status = outbox.failed(id, clock.now(), SERVER, describe(e));
                        LOG.log(Level.WARNING, "Reminder " + id + " not delivered (" + status + "): " + describe(e));
                        if (connection != null) {
                            connection.close();
                            connection = null;
                        }
                        if (MailServer.serverUnavailable(e)) {
                            LOG.warning("The mail server is unavailable; the remaining reminders wait for the next "
                                    + "round");
                            return new Delivery(sent, failed);
                        }
                    }
                }
                if (due.size() < BATCH) {
                    break;
                }
                due = outbox.deliverable(clock.now(), BATCH);
            }
            return new Delivery(sent, failed);
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    private MimeMessage message(Long id, ReminderMail.Written written) throws MessagingException {
        MimeMessage message = new MimeMessage(mailServer.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same id on every attempt, so that a mail resent after a crash is recognised as the same
                setHeader("Message-ID", "<reminder-" + id + "@" + mailDomain() + ">");
            }
        };
        message.setFrom(new InternetAddress(mailServer.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(written.to()));
        if (written.copyTo() != null) {
            message.setRecipients(Message.RecipientType.CC, InternetAddress.parse(written.copyTo()));
        }
        message.setSubject(written.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.now()));
        message.setHeader("Content-Language", written.language().locale().getLanguage());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(written.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(written.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        return message;
    }

    private String mailDomain() {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? "beroepsregister" : host;
        } catch (IllegalArgumentException e) {
            return "beroepsregister";
        }
    }

    private static String describe(Throwable e) {
        StringBuilder description = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                description.append(": ").append(cause.getMessage());
                break;
            }
        }
        return description.toString();
    }
}
