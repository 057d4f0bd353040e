package nl.beroepsregister.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a few minutes, that a username and password matched a stored password hash, so that an API client
 * sending Basic credentials with every request pays the deliberately slow PBKDF2 check once, not every time.
 * Credentials are kept only as a keyed hash (the key is random and lives in memory only), and an entry counts only
 * while the stored hash is still the same: a changed password, or a disabled account, takes effect at once on
 * every server.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    @ConfigProperty(name = "registry.auth.cache-seconds", defaultValue = "300")
    long cacheSeconds;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private SecretKeySpec key;

    private record Entry(String storedHash, long expiresAtNanos) {
    }

    @PostConstruct
    void init() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    public boolean matches(String username, String password, String storedHash) {
        Entry entry = entries.get(fingerprint(username, password));
        return entry != null && entry.expiresAtNanos() - System.nanoTime() > 0
                && MessageDigest.isEqual(entry.storedHash().getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }

    public void remember(String username, String password, String storedHash) {
        if (cacheSeconds <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(entry -> entry.expiresAtNanos() - now <= 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(username, password),
                new Entry(storedHash, System.nanoTime() + Duration.ofSeconds(cacheSeconds).toNanos()));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
