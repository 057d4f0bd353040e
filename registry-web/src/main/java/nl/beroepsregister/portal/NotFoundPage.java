package nl.beroepsregister.portal;

import jakarta.faces.context.FacesContext;

/**
 * Shows the "not found" page in place of a page whose subject does not exist or is someone else's: with status 404, at
 * the address asked for, and the visitor still signed in. A page's view action returns {@link #show()}.
 */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    public static String show() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        return "/error/not-found.xhtml";
    }
}
