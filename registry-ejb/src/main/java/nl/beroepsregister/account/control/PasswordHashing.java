package nl.beroepsregister.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Password hashes as OWASP advises: PBKDF2-HMAC-SHA512, 210,000 iterations, a 32-byte salt per password. */
@ApplicationScoped
public class PasswordHashing {

    /**
     * Stored instead of a hash for an account that has no password yet (an imported registrant): no password opens
     * it until the administrator sets one. Not a hash format, so nothing can ever match it.
     */
    public static final String NO_PASSWORD = "!no-password";

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        dummy = hash.generate("not a password of anyone".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        if (NO_PASSWORD.equals(stored)) {
            verifyNothing(password);
            return false;
        }
        return hash.verify(password.toCharArray(), stored);
    }

    /** Spends the time of a real check, so that an unknown username cannot be told from a wrong password. */
    public void verifyNothing(String password) {
        hash.verify(password.toCharArray(), dummy);
    }
}
