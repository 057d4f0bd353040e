package nl.beroepsregister.api;

import java.util.List;
import java.util.Locale;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.text.Texts;

/** The language a request asks for in its Accept-Language header: English or, by default, Dutch. */
public final class RequestLanguage {

    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private RequestLanguage() {
    }

    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.NL;
        }
        try {
            List<Locale> matches = Locale.filter(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return matches.isEmpty() ? Language.NL : Language.of(matches.get(0));
        } catch (IllegalArgumentException malformed) {
            return Language.NL;
        }
    }

    public static Texts texts(String acceptLanguage) {
        return Texts.in(of(acceptLanguage));
    }
}
