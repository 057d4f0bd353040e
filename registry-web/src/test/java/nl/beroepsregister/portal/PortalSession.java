package nl.beroepsregister.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.beroepsregister.journey.Api.Login;

/**
 * The portal over plain HTTP, as a browser without JavaScript (or a forger) uses it: the cookies of one session (the
 * session cookie REGISTER_SESSION and, the portal being distributable, the session's version that Payara sets beside
 * it), pages asked for with GET, forms sent with POST carrying the page's view state and the PrimeFaces nonce, and
 * PrimeFaces' Ajax file uploads as multipart requests. No redirect is followed and no cookie is sent but the session's
 * own, so that a test sees exactly what the register answers. Much faster than a browser.
 */
public final class PortalSession {

    public static final String COOKIE = "REGISTER_SESSION";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20))
            .build();

    private final String base;
    /** The cookies the register set, by name, as a browser keeps them for the site. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private PortalSession(URL deployment, String cookie) {
        String url = deployment.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        if (cookie != null) {
            cookies.put(COOKIE, cookie);
        }
    }

    /** Nobody signed in, no session yet. */
    public static PortalSession anonymous(URL deployment) {
        return new PortalSession(deployment, null);
    }

    /** A session that sends the given session cookie: someone else's, as a forged cross-site request would. */
    public static PortalSession withCookie(URL deployment, String cookie) {
        return new PortalSession(deployment, cookie);
    }

    /** Signs in through the login form, as a person does; fails the test if that does not succeed. */
    public static PortalSession signIn(URL deployment, Login login) {
        PortalSession session = anonymous(deployment);
        Page form = session.get("/login.xhtml");
        assertThat(form.status()).as("the login page").isEqualTo(200);
        Page signedIn = session.submit(form, "/login.xhtml", "login", Map.of("login:username", login.username(),
                "login:password", login.password(), "login:signIn", "Inloggen"));
        assertThat(signedIn.status()).as("signing in as " + login.username() + ": " + signedIn.title()).isEqualTo(302);
        assertThat(signedIn.location()).as("where signing in leads").doesNotContain("login.xhtml");
        return session;
    }

    /** The value of the session cookie, or null before there is a session. */
    public String cookie() {
        return cookies.get(COOKIE);
    }

    public Page get(String path) {
        return send(request(path).GET(), Map.of());
    }

    /** Sends the form of a page as its button would: its fields, the page's view state and nonce. */
    public Page submit(Page page, String path, String formId, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", page.viewState());
        page.nonce().ifPresent(nonce -> all.put("primefaces.nonce", nonce));
        return post(path, all, Map.of());
    }

    /** A POST of exactly these form fields and headers, nothing added: for forged requests. */
    public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, headers);
    }

    /** A POST of a body of any type, with exactly these headers: for requests a hostile page could make. */
    public Page post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, headers);
    }

    /**
     * Uploads a file through a PrimeFaces file upload in simple, automatic mode, as its Ajax request does: the form's
     * fields, the upload's own field with the file, the components it processes, the page's view state and nonce.
     */
    public Page upload(Page page, String path, String formId, String uploadId, String process,
                       Map<String, String> fields, String filename, String contentType, byte[] content) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", uploadId);
        all.put("jakarta.faces.partial.execute", process);
        all.put("jakarta.faces.partial.render", formId);
        all.putAll(fields);
        return multipart(page, path, formId, all, uploadId, filename, contentType, content,
                Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"));
    }

    /** Sends a plain (not Ajax) multipart form with one file, as a form with an h:inputFile does. */
    public Page submitFile(Page page, String path, String formId, Map<String, String> fields, String fileField,
                           String filename, String contentType, byte[] content) {
        return multipart(page, path, formId, fields, fileField, filename, contentType, content, Map.of());
    }

    /** A multipart POST of a form: its fields, the form's own id, view state and nonce, then one file. */
    private Page multipart(Page page, String path, String formId, Map<String, String> fields, String fileField,
                           String filename, String contentType, byte[] content, Map<String, String> headers) {
        String boundary = "----portal" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(formId, formId);
        all.put("jakarta.faces.ViewState", page.viewState());
        page.nonce().ifPresent(nonce -> all.put("primefaces.nonce", nonce));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request, Map.of());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /** Keeps a cookie the register set, or forgets it when the register removes it (Max-Age=0). */
    private void keep(String setCookie) {
        String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
        if (nameValue.length < 2) {
            return;
        }
        String name = nameValue[0].strip();
        if (nameValue[1].isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, nameValue[1]);
        }
    }

    private Page send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and body. */
    public record Page(int status, HttpHeaders headers, byte[] content) {

        public String body() {
            return new String(content, StandardCharsets.UTF_8);
        }

        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public String title() {
            Matcher title = TITLE.matcher(body());
            return title.find() ? title.group(1).strip() : "";
        }

        /** The view state of the page's first form (all forms of a page share it). */
        public String viewState() {
            Matcher state = VIEW_STATE.matcher(body());
            if (!state.find()) {
                throw new AssertionError("no form with a view state on the page: " + status + " " + title());
            }
            return state.group(1);
        }

        /** PrimeFaces' nonce of this answer, which its scripts send back with every form. */
        public Optional<String> nonce() {
            return headers.firstValue("Content-Security-Policy").map(NONCE::matcher)
                    .filter(Matcher::find).map(matcher -> matcher.group(1));
        }

        @Override
        public String toString() {
            String text = body();
            return status + " " + headers.firstValue("Content-Type").orElse("") + " "
                    + (location().isEmpty() ? "" : "-> " + location() + " ") + title()
                    + (title().isEmpty() && !text.isBlank() ? text.substring(0, Math.min(200, text.length())) : "");
        }
    }
}
