package nl.beroepsregister.portal;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Shows the "not found" page in place of a page whose subject does not exist or is someone else's: with status 404, at
 * the address asked for (no redirect), and the visitor still signed in (not the container's error dispatch, which
 * knows no caller). A page's view action returns {@link #show()}.
 */
public final class NotFoundPage {

    static final String VIEW = "/error/not-found.xhtml";

    private NotFoundPage() {
    }

    /** Puts the "not found" page in the place of the page asked for, with status 404; returns null (no navigation). */
    public static String show() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(404);
        UIViewRoot notFound = faces.getApplication().getViewHandler().createView(faces, VIEW);
        faces.setViewRoot(notFound);
        faces.renderResponse();
        return null;
    }
}
