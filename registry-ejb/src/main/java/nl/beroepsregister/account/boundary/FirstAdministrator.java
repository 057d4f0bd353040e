package nl.beroepsregister.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import nl.beroepsregister.account.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator when the register starts with no account at all: with the password from
 * {@code registry.admin.password}, or a generated one that is logged this once. Several instances may start at the
 * same moment on a new database: the account is stored in a transaction of its own, and the instance that finds the
 * username taken when it commits leaves the first administrator to the one that was quicker.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "registry.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "registry.admin.password")
    Optional<String> password;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createWhenNoAccountExists() {
        if (accounts.count() > 0) {
            return;
        }
        String chosen = password.filter(p -> !p.isBlank()).orElse(null);
        String actual = chosen != null ? chosen : generated();
        try {
            accounts.open(username, actual, EnumSet.of(Role.ADMIN), null);
        } catch (RuntimeException e) {
            if (accounts.count() > 0) {
                LOG.info(() -> "Another instance created the first administrator at the same moment");
                return;
            }
            throw e;
        }
        if (chosen == null) {
            LOG.warning(() -> "First administrator created: username '" + username + "', password '" + actual
                    + "'. This password is shown only now: sign in and change it, or set registry.admin.password.");
        } else {
            LOG.info(() -> "First administrator '" + username + "' created with the password from registry.admin.password");
        }
    }

    private static String generated() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
