package nl.beroepsregister.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body. Every refusal of the API has this shape, 401 and 403 included, with
 * {@code violations} for invalid input and {@code missing} for an incomplete dossier (both empty otherwise).
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, List<String> missing) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, List.of(), List.of());
    }

    public Problem withViolations(List<Violation> violations) {
        return new Problem(type, title, status, detail, instance, List.copyOf(violations), missing);
    }

    public Problem withMissing(List<String> missing) {
        return new Problem(type, title, status, detail, instance, violations, List.copyOf(missing));
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(toJson()).build();
    }
}
