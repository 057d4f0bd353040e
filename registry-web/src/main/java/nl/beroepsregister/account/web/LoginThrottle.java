package nl.beroepsregister.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after {@code registry.login.max-failures-per-account} failed sign-ins for one
 * username, or {@code registry.login.max-failures-per-address} from one address, within the window
 * ({@code registry.login.window}), further attempts are refused until the oldest failure leaves the window — even
 * with the right password, so that guessing gains nothing. A successful sign-in clears the account's count. Kept in
 * memory per server: a cluster multiplies the allowance by its number of servers, which still stops guessing at scale.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    RegistryClock clock;

    @Inject
    @ConfigProperty(name = "registry.login.max-failures-per-account", defaultValue = "10")
    int perAccount;

    @Inject
    @ConfigProperty(name = "registry.login.max-failures-per-address", defaultValue = "30")
    int perAddress;

    @Inject
    @ConfigProperty(name = "registry.login.window", defaultValue = "PT15M")
    Duration window;

    private final Map<String, Deque<Instant>> accounts = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addresses = new ConcurrentHashMap<>();

    /** How long the caller must wait before trying again, if they must. */
    public Optional<Duration> blocked(String username, String address) {
        Instant now = clock.elapsing();
        Optional<Duration> byAccount = wait(accounts.get(key(username)), perAccount, now);
        Optional<Duration> byAddress = wait(addresses.get(address), perAddress, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.or(() -> byAddress);
    }

    public void failed(String username, String address) {
        Instant now = clock.elapsing();
        record(accounts, key(username), now);
        record(addresses, address, now);
    }

    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private Optional<Duration> wait(Deque<Instant> failures, int limit, Instant now) {
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, failures.peekFirst().plus(window)));
        }
    }

    private void record(Map<String, Deque<Instant>> failuresBy, String key, Instant now) {
        if (key == null) {
            return;
        }
        Deque<Instant> failures = failuresBy.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
        }
        if (failuresBy.size() > 100_000) {
            failuresBy.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().plus(window).isAfter(now)) {
            failures.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
