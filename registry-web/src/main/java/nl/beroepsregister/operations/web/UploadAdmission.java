package nl.beroepsregister.operations.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import nl.beroepsregister.api.Problem;
import nl.beroepsregister.api.RequestLanguage;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.text.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets only so many large uploads into the register at once ({@code registry.upload.concurrent}, default 4); the
 * next ones wait their turn, at most {@code registry.upload.wait-seconds} (30), and are then refused with 503 and
 * Retry-After, nothing stored. A file is held in memory several times while it is read, checked, scanned and
 * written, and the embedded H2 writes a transaction's new rows in one buffer: eight files of 10 MB at once took a
 * server with 768 MB of heap out of memory, after which H2 closes the database until a restart. The wait begins
 * before the body is read, so a waiting upload costs no memory. Small requests (1 MiB or less, and forms and JSON of
 * unknown length) pass at once.
 */
@WebFilter(filterName = "UploadAdmission", urlPatterns = "/*", asyncSupported = true)
public class UploadAdmission extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadAdmission.class.getName());
    static final long LARGE_BYTES = 1024 * 1024;
    private static final String RETRY_AFTER_SECONDS = "60";

    @Inject
    @ConfigProperty(name = "registry.upload.concurrent", defaultValue = "4")
    int concurrent;

    @Inject
    @ConfigProperty(name = "registry.upload.wait-seconds", defaultValue = "30")
    int waitSeconds;

    private transient Semaphore permits;

    @Override
    public void init() {
        permits = new Semaphore(Math.max(1, concurrent), true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!large(request.getMethod(), request.getContentLengthLong(), request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        if (!admitted()) {
            LOG.warning(() -> "Upload " + request.getMethod() + " " + request.getRequestURI() + " refused after "
                    + waitSeconds + " s: " + concurrent + " uploads were in progress all that time");
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean admitted() {
        try {
            return permits.tryAcquire(Math.max(0, waitSeconds), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A body that may hold a file: over 1 MiB, or of unknown length and not a form or JSON. */
    static boolean large(String method, long contentLength, String contentType) {
        if (!"POST".equals(method) && !"PUT".equals(method)) {
            return false;
        }
        if (contentLength >= 0) {
            return contentLength > LARGE_BYTES;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return !type.startsWith("application/json") && !type.startsWith("application/x-www-form-urlencoded");
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        discardBody(request);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        Texts texts = RequestLanguage.texts(request.getHeader("Accept-Language"));
        Problem problem = Problem.of(503, texts.text("problem.title.503"), texts.text("problem.busy.detail"),
                request.getRequestURI());
        response.setStatus(503);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson());
    }

    /**
     * Reads and drops a body of a size the register would have taken, so that the client, still sending, gets the
     * answer rather than a closed connection; nothing of it is kept.
     */
    private static void discardBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length < 0 || length > Document.MAX_BYTES + LARGE_BYTES) {
            return;
        }
        try (InputStream body = request.getInputStream()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException gone) {
            // the client stopped sending; the answer goes out all the same
        }
    }
}
