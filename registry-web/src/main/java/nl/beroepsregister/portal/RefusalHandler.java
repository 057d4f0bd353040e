package nl.beroepsregister.portal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;
import nl.beroepsregister.audit.boundary.AuditTrail;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.RegistryException;
import nl.beroepsregister.text.Texts;

/**
 * Turns the register's refusals during a page action into messages on the same page, in the reader's language,
 * instead of an error page: the same exceptions the API turns into problem details. A concurrent change by someone
 * else becomes "changed by someone else, reload". Anything else goes on to the error page.
 */
public class RefusalHandler extends ExceptionHandlerWrapper {

    public RefusalHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Set<String> shown = new java.util.HashSet<>();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            RegistryException refusal = find(thrown, RegistryException.class);
            boolean concurrent = refusal == null && find(thrown, OptimisticLockException.class) != null;
            if (refusal == null && !concurrent) {
                continue;
            }
            Texts texts = Texts.in(faces.getViewRoot().getLocale());
            if (refusal instanceof AccessDeniedException) {
                CDI.current().select(AuditTrail.class).get()
                        .refused("access.refused", null, faces.getViewRoot().getViewId());
            }
            // the same refusal can be queued more than once (as itself and wrapped); it is said once
            if (concurrent) {
                error(faces, texts.format("problem.conflict.staleVersion"), shown);
            } else if (refusal instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
                invalid.violations().forEach(v -> error(faces, texts.get(v.message()), shown));
            } else {
                error(faces, texts.get(refusal.message()), shown);
            }
            faces.validationFailed();
            events.remove();
        }
        getWrapped().handle();
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
