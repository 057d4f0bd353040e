package nl.beroepsregister.portal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.Iterator;
import nl.beroepsregister.audit.boundary.AuditTrail;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.problem.RegistryException;
import nl.beroepsregister.text.Texts;

/**
 * Turns the register's refusals during a page action into messages on the same page, in the reader's language,
 * instead of an error page: the same exceptions the API turns into problem details. A concurrent change by someone
 * else becomes "changed by someone else, reload". A page asked for whose subject is not the caller's, or does not
 * exist, answers 403 or 404 with that page; a form whose view cannot be restored (expired, or forged) leads to the
 * "page expired" page. Anything else goes on to the error page.
 */
public class RefusalHandler extends ExceptionHandlerWrapper {

    /** The view state of a transient (stateless) view. */
    private static final String STATELESS = "stateless";

    public RefusalHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Set<String> shown = new java.util.HashSet<>();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            Throwable thrown = queued.getException();
            if (unrestorable(faces, queued)) {
                events.remove();
                toExpiredPage(faces);
                continue;
            }
            RegistryException refusal = find(thrown, RegistryException.class);
            boolean concurrent = refusal == null && find(thrown, OptimisticLockException.class) != null;
            if (refusal == null && !concurrent) {
                continue;
            }
            if (refusal instanceof AccessDeniedException) {
                CDI.current().select(AuditTrail.class).get().refused("access.refused", null,
                        faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId());
            }
            events.remove();
            if (!faces.isPostback() && statusPage(faces, refusal)) {
                continue;
            }
            Texts texts = Texts.in(faces.getViewRoot().getLocale());
            // the same refusal can be queued more than once (as itself and wrapped); it is said once
            if (concurrent) {
                error(faces, texts.format("problem.conflict.staleVersion"), shown);
            } else if (refusal instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
                invalid.violations().forEach(v -> error(faces, texts.get(v.message()), shown));
            } else {
                error(faces, texts.get(refusal.message()), shown);
            }
            if (refusal instanceof AccessDeniedException && !faces.getPartialViewContext().isAjaxRequest()) {
                faces.getExternalContext().setResponseStatus(403);
            }
            faces.validationFailed();
        }
        getWrapped().handle();
    }

    /**
     * A form sent with a view state that is not in this session — the session expired, or the request was forged
     * (no, a guessed, or another session's view state) — cannot be restored: nothing of it is done, and the sender is
     * sent on to the "page expired" page, without an error in the log.
     */
    private static boolean unrestorable(FacesContext faces, ExceptionQueuedEventContext queued) {
        if (find(queued.getException(), ViewExpiredException.class) != null) {
            return true;
        }
        if (queued.getPhaseId() != PhaseId.RESTORE_VIEW || !faces.isPostback()) {
            return false;
        }
        // no view restored; or the view state "stateless", which only a transient view may have and no page here is
        // (Faces builds the page anew and then refuses it, after setting it as the view root)
        String sentState = faces.getExternalContext().getRequestParameterMap()
                .get(ResponseStateManager.VIEW_STATE_PARAM);
        return faces.getViewRoot() == null || STATELESS.equals(sentState);
    }

    private static void toExpiredPage(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (!external.isResponseCommitted()) {
                external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
            }
        } catch (IOException gone) {
            // the client went away; nothing more to tell it
        }
        faces.responseComplete();
    }

    /**
     * A page asked for (not a form sent) whose subject the caller may not see, or that does not exist, answers with
     * the status and the page of that refusal: 403 "no access", 404 "not found" — never a 200.
     */
    private static boolean statusPage(FacesContext faces, RegistryException refusal) {
        int status = refusal instanceof AccessDeniedException ? 403 : refusal instanceof NotFoundException ? 404 : 0;
        ExternalContext external = faces.getExternalContext();
        if (status == 0 || external.isResponseCommitted()) {
            return false;
        }
        try {
            external.responseSendError(status, null);
        } catch (IOException gone) {
            // the client went away; nothing more to tell it
        }
        faces.responseComplete();
        return true;
    }

    private static void error(FacesContext faces, String text, java.util.Set<String> shown) {
        boolean alreadyOnPage = faces.getMessageList(null).stream().anyMatch(m -> text.equals(m.getSummary()));
        if (shown.add(text) && !alreadyOnPage) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalHandler(getWrapped().getExceptionHandler());
        }
    }
}
