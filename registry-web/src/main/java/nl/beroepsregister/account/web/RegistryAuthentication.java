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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import nl.beroepsregister.account.boundary.AccountCredentials;
import nl.beroepsregister.account.boundary.Accounts;
import nl.beroepsregister.account.control.RegistryPrincipal;
import nl.beroepsregister.api.Problem;
import nl.beroepsregister.api.RequestLanguage;
import nl.beroepsregister.audit.boundary.AuditTrail;
import nl.beroepsregister.text.Texts;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /**
     * Who signed in to the portal, and when (in real time: a session's limit runs on however the register's clock is
     * set): what the container is told again on every request of the session; with
     * a fingerprint of the password they signed in with, so that the session ends as soon as the password is changed
     * or set anew, whatever the register's clock says.
     */
    public record SignedIn(RegistryPrincipal principal, Set<String> groups, Instant since, String passwordStamp)
            implements Serializable {
    }

    /** The request attribute that tells the login page how long to wait after too many failed attempts. */
    public static final String WAIT = RegistryAuthentication.class.getName() + ".wait";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    Accounts accounts;

    @Inject
    RegistryClock clock;

    @Inject
    AuditTrail audit;

    /** However active, a portal session ends this long after signing in. */
    @Inject
    @ConfigProperty(name = "registry.session.absolute-limit", defaultValue = "PT10H")
    Duration absoluteLimit;

    /** A portal session ends after this long without a request. */
    @Inject
    @ConfigProperty(name = "registry.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(path, request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            UsernamePasswordCredential credential =
                    (UsernamePasswordCredential) context.getAuthParameters().getCredential();
            Optional<Duration> wait = throttle.blocked(credential.getCaller(), request.getRemoteAddr());
            if (wait.isPresent()) {
                request.setAttribute(WAIT, wait.get());
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = validate(credential, request);
            audit.signIn(credential.getCaller(), result.getStatus() == CredentialValidationResult.Status.VALID,
                    request.getRemoteAddr(), "portal");
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            // a new session id at login, so that a session id planted before it is worth nothing
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setMaxInactiveInterval(idleMinutes * 60);
            session.setAttribute(SIGNED_IN, new SignedIn((RegistryPrincipal) result.getCallerPrincipal(),
                    result.getCallerGroups(), clock.elapsing(), accounts.credentials(credential.getCaller())
                            .map(RegistryAuthentication::stamp).orElse("")));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            if (signedIn.since().plus(absoluteLimit).isAfter(clock.elapsing()) && stillValid(signedIn)) {
                return context.notifyContainerAboutLogin(signedIn.principal(), signedIn.groups());
            }
            session.invalidate();
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
        Optional<Duration> wait = throttle.blocked(credential.getCaller(), request.getRemoteAddr());
        if (wait.isPresent()) {
            return tooManyAttempts(request, response, wait.get());
        }
        CredentialValidationResult result = validate(credential, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // every API request signs in; only the failures are worth a line in the audit trail
            audit.signIn(credential.getCaller(), false, request.getRemoteAddr(), "api");
            return unauthorized(request, response, context, "problem.badCredentials.detail");
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** A session ends when its account is disabled or its password changed after signing in (elsewhere, too). */
    private boolean stillValid(SignedIn signedIn) {
        return accounts.credentials(signedIn.principal().getName())
                .filter(AccountCredentials::enabled)
                .filter(account -> stamp(account).equals(signedIn.passwordStamp()))
                .isPresent();
    }

    /** A digest of the stored password hash (which has a fresh salt at every change): never the hash itself. */
    private static String stamp(AccountCredentials account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(account.passwordHash().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private CredentialValidationResult validate(UsernamePasswordCredential credential, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(credential.getCaller());
        } else {
            throttle.failed(credential.getCaller(), request.getRemoteAddr());
        }
        return result;
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                        Duration wait) {
        Texts texts = RequestLanguage.texts(request.getHeader("Accept-Language"));
        int minutes = (int) Math.max(1, (wait.toSeconds() + 59) / 60);
        Problem problem = Problem.of(429, texts.text("problem.title.429"),
                texts.format("problem.tooManyAttempts.detail", minutes), request.getRequestURI());
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem.toJson());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
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
