package nl.beroepsregister.registration.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beroepsregister.certificate.boundary.CertificateFile;
import nl.beroepsregister.certificate.boundary.Certificates;
import nl.beroepsregister.portfolio.boundary.Portfolios;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registrant.boundary.Privacy;
import nl.beroepsregister.renewal.boundary.DocumentView;
import nl.beroepsregister.renewal.boundary.Dossiers;

/**
 * The files the office opens from a registration's page: a PE activity's evidence
 * ({@code /office/files/evidence/<activity id>}), a practice report ({@code /office/files/report/<portfolio id>}) and
 * a certificate as PDF ({@code /office/files/certificate/<number>}). The pages under /office are for the office only,
 * and each boundary checks the caller again. Files go out as attachments, never sniffed or cached.
 */
@WebServlet("/office/files/*")
public class OfficeFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(evidence|report|certificate|personal-data)/([A-Za-z0-9-]{1,40})");

    @Inject
    Dossiers dossiers;

    @Inject
    Privacy privacy;

    @Inject
    Portfolios portfolios;

    @Inject
    Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            String key = path.group(2);
            switch (path.group(1)) {
                case "evidence" -> {
                    Long id = number(key);
                    DocumentView evidence = dossiers.getPeActivity(id).evidence();
                    if (evidence == null) {
                        throw NotFoundException.of("document", id);
                    }
                    send(response, dossiers.evidenceContent(id), evidence.contentType(), evidence.filename());
                }
                case "report" -> {
                    Long id = number(key);
                    DocumentView report = portfolios.get(id).report();
                    if (report == null) {
                        throw NotFoundException.of("document", id);
                    }
                    send(response, portfolios.reportContent(id), report.contentType(), report.filename());
                }
                case "personal-data" -> {
                    Long id = number(key);
                    send(response, privacy.export(id), "application/zip", "gegevens-" + id + ".zip");
                }
                default -> {
                    CertificateFile file = certificates.file(key);
                    send(response, certificates.pdf(key), "application/pdf", file.filename());
                }
            }
        } catch (NotFoundException | NumberFormatException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static Long number(String key) {
        return Long.valueOf(key);
    }

    private static void send(HttpServletResponse response, byte[] content, String contentType, String filename)
            throws IOException {
        String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(contentType);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}
