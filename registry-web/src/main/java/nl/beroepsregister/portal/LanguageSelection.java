package nl.beroepsregister.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import nl.beroepsregister.api.RequestLanguage;
import nl.beroepsregister.registrant.Language;

/**
 * The language a visitor reads the portal in: chosen with the language switch (kept for the session), or else the
 * browser's preference among Dutch and English, Dutch by default.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language chosen;

    public Locale getLocale() {
        return current().locale();
    }

    public Language current() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String accept = faces == null ? null : faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        return RequestLanguage.of(accept);
    }

    public boolean isDutch() {
        return current() == Language.NL;
    }

    /** The language switch: a plain link with {@code ?lang=en}, so that it works without JavaScript. */
    public void onRequest() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String asked = external.getRequestParameterMap().get("lang");
        if ("en".equals(asked)) {
            chosen = Language.EN;
        } else if ("nl".equals(asked)) {
            chosen = Language.NL;
        }
    }

    public void choose(Language language) {
        chosen = language;
    }

    public boolean isChosen() {
        return chosen != null;
    }
}
