package nl.beroepsregister.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import nl.beroepsregister.reminder.control.MailServer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the mail server (of {@code registry.mail.session}, or {@code registry.mail.host}/{@code port}) accepts a
 * connection within two seconds. By default an unreachable mail server is reported ({@code reachable: false} and the
 * reason) but keeps the register ready: every instance sends through the same mail server, so taking them out of the
 * load balancer would turn a mail outage into a complete one, while the reminder outbox simply waits and retries.
 * {@code registry.health.mail-required=true} makes it a reason to be not ready, for those who want it so.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    static final int TIMEOUT_MILLIS = 2000;

    @Inject
    MailServer mailServer;

    @Inject
    @ConfigProperty(name = "registry.health.mail-required", defaultValue = "false")
    boolean required;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("registry-mail").up();
        long started = System.nanoTime();
        try {
            InetSocketAddress address = mailServer.address();
            response.withData("server", address.getHostString() + ":" + address.getPort());
            try (Socket socket = new Socket()) {
                socket.connect(address, TIMEOUT_MILLIS);
            }
            response.withData("reachable", true);
        } catch (IOException | RuntimeException e) {
            response.withData("reachable", false)
                    .withData("reason", e.getClass().getSimpleName() + ": " + e.getMessage());
            if (required) {
                response.down();
            }
        }
        return response.withData("millis", (System.nanoTime() - started) / 1_000_000).build();
    }
}
