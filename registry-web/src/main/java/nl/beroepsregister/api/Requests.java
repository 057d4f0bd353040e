package nl.beroepsregister.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.beroepsregister.text.Texts;

/** Small things every resource needs from a request: its language, and its query parameters as a record. */
public final class Requests {

    private Requests() {
    }

    public static Texts texts(HttpHeaders headers) {
        return RequestLanguage.texts(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static Locale locale(HttpHeaders headers) {
        return texts(headers).locale();
    }

    public static <T extends Record> T query(Class<T> type, UriInfo uri, HttpHeaders headers) {
        Map<String, String> parameters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.isEmpty() ? null
                : values.get(0)));
        return RequestBinding.bind(type, parameters, locale(headers));
    }
}
