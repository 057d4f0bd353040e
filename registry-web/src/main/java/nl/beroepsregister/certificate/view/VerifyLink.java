package nl.beroepsregister.certificate.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The short address printed and encoded in a certificate's QR code, {@code /verify/<code>}: it opens the verification
 * page for that code.
 */
public class VerifyLink extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.replaceFirst("^/", "");
        String target = request.getContextPath() + "/public/verify.xhtml"
                + (code.isBlank() ? "" : "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(target);
    }
}
