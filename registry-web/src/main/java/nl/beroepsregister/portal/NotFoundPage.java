package nl.beroepsregister.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Shows the "not found" page in place of a page whose subject does not exist or is someone else's: with status 404, at
 * the address asked for, and the visitor still signed in. A page's view action returns {@link #show()}.
 */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    /** Answers 404 with the "not found" page (web.xml's error page), and ends the page's own work: returns null. */
    public static String show() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }
}
