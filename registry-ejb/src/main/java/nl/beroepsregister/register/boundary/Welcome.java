package nl.beroepsregister.register.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Says where the register can be opened, once it has started. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "FirstAdministrator"})
public class Welcome {

    private static final Logger LOG = Logger.getLogger(Welcome.class.getName());

    @Inject
    @ConfigProperty(name = "registry.base-url")
    Optional<String> baseUrl;

    @PostConstruct
    void announce() {
        baseUrl.ifPresent(url -> LOG.info(() -> "\n\n    Beroepsregister: open " + url + " in your browser"
                + " (API: " + url + "api, description: " + url + "openapi)\n"));
    }
}
