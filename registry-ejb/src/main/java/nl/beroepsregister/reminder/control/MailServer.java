package nl.beroepsregister.reminder.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server the register sends through: the server's own mail session when {@code registry.mail.session} names
 * one (a JNDI name an administrator created), otherwise a session built from {@code registry.mail.*}. Connecting,
 * reading and writing all have time-outs, so that a mail server that accepts a connection and then says nothing
 * cannot hold up the daily run.
 */
@ApplicationScoped
public class MailServer {

    @Inject
    @ConfigProperty(name = "registry.mail.session")
    Optional<String> jndiName;

    @Inject
    @ConfigProperty(name = "registry.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "registry.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "registry.mail.from", defaultValue = "registerbureau@beroepsregister.example")
    String from;

    @Inject
    @ConfigProperty(name = "registry.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "registry.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "registry.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "registry.mail.connect-timeout-ms", defaultValue = "5000")
    int connectTimeout;

    @Inject
    @ConfigProperty(name = "registry.mail.timeout-ms", defaultValue = "10000")
    int timeout;

    private Session session;

    @PostConstruct
    void init() {
        session = jndiName.filter(name -> !name.isBlank()).map(MailServer::lookup).orElseGet(this::ownSession);
    }

    private static Session lookup(String name) {
        try {
            return (Session) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No mail session at " + name + " (registry.mail.session)", e);
        }
    }

    private Session ownSession() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(connectTimeout));
        properties.put("mail.smtp.timeout", String.valueOf(timeout));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeout));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.debug", "false");
        boolean authenticated = username.filter(u -> !u.isBlank()).isPresent();
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        Authenticator authenticator = !authenticated ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.orElseThrow(), password.orElse(""));
            }
        };
        return Session.getInstance(properties, authenticator);
    }

    public Session session() {
        return session;
    }

    /** Where the session sends to: the host and port of its transport protocol (for the readiness check). */
    public InetSocketAddress address() {
        String protocol = session.getProperty("mail.transport.protocol");
        protocol = protocol == null || protocol.isBlank() ? "smtp" : protocol;
        String mailHost = session.getProperty("mail." + protocol + ".host");
        if (mailHost == null || mailHost.isBlank()) {
            mailHost = session.getProperty("mail.host");
        }
        String mailPort = session.getProperty("mail." + protocol + ".port");
        int resolvedPort = mailPort == null || mailPort.isBlank() ? ("smtps".equals(protocol) ? 465 : 25)
                : Integer.parseInt(mailPort.strip());
        return new InetSocketAddress(mailHost == null || mailHost.isBlank() ? "localhost" : mailHost,
                resolvedPort);
    }

    public String from() {
        return from;
    }

    /** A connection to the mail server for a round of mails: one handshake instead of one per mail. */
    public Connection connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        if (username.filter(u -> !u.isBlank()).isPresent() && jndiName.filter(n -> !n.isBlank()).isEmpty()) {
            transport.connect(host, port, username.get(), password.orElse(""));
        } else {
            transport.connect();
        }
        return new Connection(transport);
    }

    /** An open SMTP connection; closed at the end of the round, or when a mail fails. */
    public static final class Connection implements AutoCloseable {

        private final Transport transport;

        Connection(Transport transport) {
            this.transport = transport;
        }

        public void send(MimeMessage message) throws MessagingException {
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mails of this round were accepted or failed already; closing adds nothing
            }
        }
    }

    /** Whether a failure was the server being unreachable or silent, rather than this one message being refused. */
    public static boolean serverUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                    || cause.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && messaging.getNextException() != cause.getCause()
                    && serverUnavailable(messaging.getNextException())) {
                return true;
            }
        }
        return false;
    }
}
