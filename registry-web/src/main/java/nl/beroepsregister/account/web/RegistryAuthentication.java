package nl.beroepsregister.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;
import nl.beroepsregister.account.control.RegistryPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.beroepsregister.api.Problem;
import nl.beroepsregister.api.RequestLanguage;
import nl.beroepsregister.text.Texts;

/**
 * How callers sign in. The JSON API uses HTTP Basic on every request: everything under {@code /api} but
 * {@code /api/public} needs valid credentials, and a missing or wrong one gets a 401 problem-details answer with a
 * Basic challenge; no session is ever created for it. The portal's pages use the login form, which signs in through
 * the same accounts and keeps the signed-in person in the HTTP session; a protected page asked for without a session
 * leads to the login form, and back to the page after signing in.
 */
@ApplicationScoped
public class RegistryAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "Beroepsregister";
    /** The session attribute that holds the portal's signed-in person. */
    public static final String SIGNED_IN = RegistryAuthentication.class.getName() + ".signedIn";
    /** The page asked for before the login form, to return to afterwards. */
    public static final String WANTED = RegistryAuthentication.class.getName() + ".wanted";

    /** Who signed in to the portal: what the container is told again on every request of the session. */
    public record SignedIn(RegistryPrincipal principal, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(path, request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            // a new session id at login, so that a session id planted before it is worth nothing
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SIGNED_IN, new SignedIn(
                    (RegistryPrincipal) result.getCallerPrincipal(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.principal(), signedIn.groups());
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(WANTED, path + (query == null ? "" : "?" + query));
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus api(String path, HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        boolean open = path.startsWith("/api/public/");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return open ? context.doNothing() : unauthorized(request, response, context,
                    "problem.unauthorized.detail");
        }
        UsernamePasswordCredential credential = decode(authorization.substring(6).strip());
        if (credential == null) {
            return unauthorized(request, response, context, "problem.badCredentials.detail");
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(request, response, context, "problem.badCredentials.detail");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon),
                    pair.substring(colon + 1));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, String detailKey) {
        Texts texts = RequestLanguage.texts(request.getHeader("Accept-Language"));
        Problem problem = Problem.of(401, texts.text("problem.title.401"), texts.format(detailKey),
                request.getRequestURI());
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem.toJson());
            response.flushBuffer();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
