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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.beroepsregister.api.Problem;
import nl.beroepsregister.api.RequestLanguage;
import nl.beroepsregister.text.Texts;

/**
 * How callers sign in. The JSON API uses HTTP Basic on every request: everything under {@code /api} but
 * {@code /api/public} needs valid credentials, and a missing or wrong one gets a 401 problem-details answer with a
 * Basic challenge. The portal's pages use the login form, which signs in through the same accounts.
 */
@ApplicationScoped
public class RegistryAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "Beroepsregister";

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
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result) : context.responseUnauthorized();
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
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
