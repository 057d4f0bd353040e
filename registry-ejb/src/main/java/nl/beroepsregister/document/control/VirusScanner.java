package nl.beroepsregister.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scans uploads with ClamAV when the register is told where its daemon listens ({@code registry.clamav.host}, with
 * {@code registry.clamav.port} and {@code registry.clamav.timeout-ms}); without a host nothing is scanned.
 */
@ApplicationScoped
public class VirusScanner {

    @Inject
    @ConfigProperty(name = "registry.clamav.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "registry.clamav.port", defaultValue = "3310")
    int port;

    @Inject
    @ConfigProperty(name = "registry.clamav.timeout-ms", defaultValue = "30000")
    long timeoutMs;

    public boolean enabled() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    /** Where the scanner is, for the log: host and port, or "none". */
    public String address() {
        return enabled() ? host.get().strip() + ":" + port : "none";
    }

    /**
     * The name of what the scanner found in the content, or empty when it found nothing or none is configured.
     *
     * @throws IOException when a configured scanner cannot be reached or gives no verdict in time
     */
    public Optional<String> scan(byte[] content) throws IOException {
        if (!enabled()) {
            return Optional.empty();
        }
        return new Clamd(host.get().strip(), port, Duration.ofMillis(timeoutMs)).scan(content);
    }
}
