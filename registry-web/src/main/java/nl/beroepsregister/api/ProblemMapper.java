package nl.beroepsregister.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.beroepsregister.operations.RequestId;
import nl.beroepsregister.audit.boundary.AuditTrail;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.problem.PayloadTooLargeException;
import nl.beroepsregister.problem.RegistryException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.problem.UnavailableException;
import nl.beroepsregister.problem.UnsupportedContentException;
import nl.beroepsregister.text.Texts;

/**
 * Maps every failure of an API request to problem details in the reader's language: the register's own refusals by
 * their kind, the container's (unknown path, wrong method, role refused) by their status, a concurrent change to
 * 409, and anything unexpected to a 500 that names a reference for the log and never shows a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String RETRY_AFTER_SECONDS = "60";

    @Context
    HttpHeaders headers;

    @Inject
    AuditTrail audit;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Texts texts = RequestLanguage.texts(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = problem(thrown, texts);
        if (problem.status() == 403) {
            audit.refused("access.refused", null, method() + " " + path());
        }
        if (problem.status() == 503) {
            // a service the register relies on is away; the client may try again, not at once
            return Response.fromResponse(problem.toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return problem.toResponse();
    }

    private Problem problem(Throwable thrown, Texts texts) {
        RegistryException refusal = find(thrown, RegistryException.class);
        if (refusal != null) {
            return refusal(refusal, texts);
        }
        if (find(thrown, OptimisticLockException.class) != null) {
            return problem(409, texts, texts.format("problem.conflict.staleVersion"));
        }
        if (find(thrown, EJBAccessException.class) != null) {
            return problem(403, texts, texts.format("problem.forbidden.detail"));
        }
        if (thrown instanceof WebApplicationException web) {
            return container(web.getResponse().getStatus(), texts, web);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        PersistenceException database = find(thrown, PersistenceException.class);
        LOG.log(Level.SEVERE, "Request " + method() + " " + path() + " failed, reference " + reference
                + (database != null ? " (database)" : "") + RequestId.inLog(), thrown);
        return problem(500, texts, texts.format("problem.internal.detail", reference));
    }

    private Problem refusal(RegistryException refusal, Texts texts) {
        int status = statusOf(refusal);
        Problem problem = problem(status, texts, texts.get(refusal.message()));
        if (refusal instanceof InvalidInputException invalid) {
            problem = problem.withViolations(invalid.violations().stream()
                    .map(v -> new Problem.Violation(v.field(), texts.get(v.message())))
                    .toList());
        }
        if (refusal instanceof RuleViolationException rule) {
            problem = problem.withMissing(rule.missing());
        }
        return problem;
    }

    static int statusOf(RegistryException refusal) {
        if (refusal instanceof InvalidInputException) {
            return 400;
        }
        if (refusal instanceof AccessDeniedException) {
            return 403;
        }
        if (refusal instanceof NotFoundException) {
            return 404;
        }
        if (refusal instanceof ConflictException) {
            return 409;
        }
        if (refusal instanceof PayloadTooLargeException) {
            return 413;
        }
        if (refusal instanceof UnsupportedContentException) {
            return 415;
        }
        if (refusal instanceof RuleViolationException) {
            return 422;
        }
        if (refusal instanceof UnavailableException) {
            return 503;
        }
        return 400;
    }

    private Problem container(int status, Texts texts, WebApplicationException web) {
        String key = switch (status) {
            case 400 -> "problem.invalid.detail";
            case 401 -> "problem.unauthorized.detail";
            case 403 -> "problem.forbidden.detail";
            case 404 -> "problem.notFound.path";
            case 405 -> "problem.methodNotAllowed.detail";
            case 406 -> "problem.notAcceptable.detail";
            case 415 -> "problem.unsupportedMediaType.detail";
            default -> null;
        };
        if (key == null) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.WARNING, "Request " + method() + " " + path() + " answered " + status + ", reference "
                    + reference + RequestId.inLog(), web);
            return problem(status >= 400 && status < 600 ? status : 500, texts,
                    texts.format("problem.internal.detail", reference));
        }
        return problem(status, texts, texts.format(key));
    }

    private Problem problem(int status, Texts texts, String detail) {
        String title = texts.has("problem.title." + status) ? texts.text("problem.title." + status)
                : Response.Status.fromStatusCode(status) == null ? String.valueOf(status)
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problem.of(status, title, detail, path());
    }

    private String path() {
        return request == null ? null : request.getRequestURI();
    }

    private String method() {
        return request == null ? "" : request.getMethod();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

}
