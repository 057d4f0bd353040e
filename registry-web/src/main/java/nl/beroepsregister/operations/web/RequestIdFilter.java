package nl.beroepsregister.operations.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.beroepsregister.audit.boundary.AuditTrail;
import nl.beroepsregister.operations.RequestId;

/**
 * Gives every request an id ({@code X-Request-Id} from the caller or a new one), answers it in the same header, and
 * makes it available to the register's log messages while the request is served; the caller's address goes with
 * the audit trail's lines written meanwhile.
 */
@WebFilter(filterName = "RequestIds", urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestId.acceptOrCreate(request.getHeader(RequestId.HEADER));
        response.setHeader(RequestId.HEADER, id);
        RequestId.begin(id);
        AuditTrail.fromAddress(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            RequestId.end();
            AuditTrail.fromAddress(null);
        }
    }
}
