package nl.beroepsregister.operations;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the HTTP request a thread is serving, for log messages: taken from the caller's {@code X-Request-Id}
 * (a load balancer or proxy usually sets one) or made up, and answered in the same header, so that one request can be
 * followed from the proxy's log to the register's. java.util.logging has no context of its own, hence a thread local
 * that the web filter sets and clears around each request.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";

    /** What is accepted from outside: short, and nothing that could forge or break a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    /** The given id when it is acceptable, otherwise a new one. */
    public static String acceptOrCreate(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    public static void begin(String id) {
        CURRENT.set(id);
    }

    public static void end() {
        CURRENT.remove();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** " (request <id>)" to append to a log message, or nothing outside a request. */
    public static String inLog() {
        return current().map(id -> " (request " + id + ")").orElse("");
    }
}
