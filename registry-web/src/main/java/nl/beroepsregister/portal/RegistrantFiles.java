package nl.beroepsregister.portal;

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
import nl.beroepsregister.account.control.RegistryPrincipal;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.application.boundary.DocumentFile;
import nl.beroepsregister.certificate.boundary.Certificates;
import nl.beroepsregister.portfolio.boundary.Portfolios;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.RegistryException;
import nl.beroepsregister.registrant.boundary.Privacy;
import nl.beroepsregister.renewal.boundary.DocumentView;
import nl.beroepsregister.renewal.boundary.Dossiers;

/**
 * The files of the registrant's pages, as plain links under {@code /registrant/files/}: a certificate as its PDF, the
 * evidence of a PE activity, the practice report, and the evidence of an application. Each boundary checks again
 * that the file is the caller's own: another registrant's file answers "not found", exactly like one that does not
 * exist. Files always go out as attachments, typed from their content, never to be sniffed or cached.
 */
@WebServlet("/registrant/files/*")
public class RegistrantFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern CERTIFICATE = Pattern.compile("/certificate/([A-Za-z0-9-]{1,32})\\.pdf");
    private static final Pattern EVIDENCE = Pattern.compile("/evidence/(\\d{1,18})");
    private static final Pattern REPORT = Pattern.compile("/report/(\\d{1,18})");
    private static final String PERSONAL_DATA = "/personal-data.zip";
    private static final Pattern APPLICATION = Pattern.compile("/application/(\\d{1,18})/(\\d{1,18})");

    @Inject
    Certificates certificates;

    @Inject
    Dossiers dossiers;

    @Inject
    Portfolios portfolios;

    @Inject
    Applications applications;

    @Inject
    Privacy privacy;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Matcher matcher;
            if (PERSONAL_DATA.equals(path) && request.getUserPrincipal() instanceof RegistryPrincipal me
                    && me.registrantId() != null) {
                send(response, new DocumentFile("gegevens-" + me.registrantId() + ".zip", "application/zip",
                        privacy.export(me.registrantId())));
            } else if ((matcher = CERTIFICATE.matcher(path)).matches()) {
                String number = matcher.group(1);
                send(response, new DocumentFile(certificates.file(number).filename(), "application/pdf",
                        certificates.pdf(number)));
            } else if ((matcher = EVIDENCE.matcher(path)).matches()) {
                Long activity = Long.valueOf(matcher.group(1));
                DocumentView evidence = dossiers.getPeActivity(activity).evidence();
                send(response, file(evidence, evidence == null ? null : dossiers.evidenceContent(activity)));
            } else if ((matcher = REPORT.matcher(path)).matches()) {
                Long portfolio = Long.valueOf(matcher.group(1));
                DocumentView report = portfolios.get(portfolio).report();
                send(response, file(report, report == null ? null : portfolios.reportContent(portfolio)));
            } else if ((matcher = APPLICATION.matcher(path)).matches()) {
                send(response, applications.evidenceFile(Long.valueOf(matcher.group(1)),
                        Long.valueOf(matcher.group(2))));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (AccessDeniedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RegistryException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static DocumentFile file(DocumentView document, byte[] content) {
        return document == null ? null : new DocumentFile(document.filename(), document.contentType(), content);
    }

    private static void send(HttpServletResponse response, DocumentFile file) throws IOException {
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String ascii = file.filename().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
