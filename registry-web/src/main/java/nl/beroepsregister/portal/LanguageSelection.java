package nl.beroepsregister.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
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

    /**
     * The address of the page shown in another language: the page's own query (a dossier's registration, say), with
     * {@code lang} set. Only the address's query is kept, never a form's fields.
     */
    public String switchTo(String language) {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = request instanceof HttpServletRequest http && http.getQueryString() != null
                ? http.getQueryString() : "";
        String kept = Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
    }

    public void choose(Language language) {
        chosen = language;
    }

    public boolean isChosen() {
        return chosen != null;
    }
}
