package nl.beroepsregister.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The error pages of web.xml ("no access", "not found", "something went wrong") shown for a form that was sent. The
 * container hands the sent request, form fields and all, to the error page; Faces would take them for a form of the
 * error page itself, fail to restore it, and the visitor would get the server's bare error report instead. So the
 * error page sees a plain request for a page: no form fields, no view state, not an Ajax or multipart request. The
 * status the container set (403, 404, 500) stays.
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new AskedFor(request), response);
    }

    /** The request as if the page had been asked for. */
    static final class AskedFor extends HttpServletRequestWrapper {

        /** Headers that would make the page a form's answer: Faces' Ajax marker and the sent body's type. */
        private static final Set<String> HIDDEN = Set.of("faces-request", "content-type", "content-length");

        AskedFor(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name)).toList());
        }

        private static boolean hidden(String name) {
            return name != null && HIDDEN.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
