package nl.beroepsregister.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.text.Texts;

/**
 * The register's texts for the pages, in the language of the view: {@code #{msg['nav.home']}} for a text,
 * {@code #{msg.format('key', value)}} for one with values, {@code #{msg.label(enumValue)}} for a status or level,
 * {@code #{msg.date(localDate)}} for a date written out. The same bundle and rules as the API and the mail.
 */
@Named("msg")
@RequestScoped
public class Words extends AbstractMap<String, String> {

    private Texts texts;

    Texts texts() {
        if (texts == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                    : Locale.forLanguageTag("nl");
            texts = Texts.in(locale);
        }
        return texts;
    }

    @Override
    public String get(Object key) {
        return texts().format(String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return texts().has(String.valueOf(key));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }

    public String format(String key, Object first) {
        return texts().format(key, first);
    }

    public String format(String key, Object first, Object second) {
        return texts().format(key, first, second);
    }

    public String format(String key, Object first, Object second, Object third) {
        return texts().format(key, first, second, third);
    }

    public String text(Message message) {
        return message == null ? "" : texts().get(message);
    }

    public String label(Enum<?> value) {
        return value == null ? "" : texts().label(value);
    }

    public String date(LocalDate date) {
        return texts().date(date);
    }

    public String language() {
        return texts().locale().getLanguage();
    }
}
