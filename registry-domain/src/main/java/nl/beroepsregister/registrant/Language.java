package nl.beroepsregister.registrant;

import java.util.Locale;

/** The language a person reads the register in: Dutch first, English second. */
public enum Language {
    NL, EN;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    /** The supported language closest to the given locale; Dutch when there is none. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : NL;
    }
}
