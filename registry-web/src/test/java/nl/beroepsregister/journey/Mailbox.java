package nl.beroepsregister.journey;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import nl.beroepsregister.journey.Api.Login;

/** The SMTP server of the tests (GreenMail) on the port the build reserved, and ways to read what it received. */
final class Mailbox {

    private Mailbox() {
    }

    static GreenMailExtension server() {
        int port = Integer.parseInt(System.getProperty("registry.it.smtp.port", "3025"));
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /**
     * The mails sent to a registrant, in the order they were queued. The server keeps a copy per recipient (in
     * mailboxes of its own order), so a mail with a copy to the office is counted once, by its Message-ID.
     */
    static List<MimeMessage> to(GreenMailExtension mail, Login login) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> recipients(message, Message.RecipientType.TO).contains(Api.email(login)))
                .filter(message -> seen.add(id(message)))
                .sorted(java.util.Comparator.comparingLong(Mailbox::reminderId))
                .toList();
    }

    /** The reminder's id in the outbox, from the Message-ID {@code <reminder-<id>@host>}: the order of queueing. */
    static long reminderId(MimeMessage message) {
        String id = id(message);
        return Long.parseLong(id.substring(id.indexOf('-') + 1, id.indexOf('@')));
    }

    static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> recipients(MimeMessage message, Message.RecipientType type) {
        try {
            var addresses = message.getRecipients(type);
            return addresses == null ? List.of() : Arrays.stream(addresses)
                    .map(address -> ((InternetAddress) address).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(MimeMessage message, String type) {
        try {
            MimeMultipart alternatives = (MimeMultipart) message.getContent();
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart part = alternatives.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
