package nl.beroepsregister.text;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.registrant.Language;

/**
 * The register's words, from the one bundle {@code nl.beroepsregister.text.messages} (Dutch first, English second).
 * Values in a message are shown the reader's way: dates written out, enum values by their label, nested messages in
 * the same language.
 */
public final class Texts {

    public static final String BUNDLE = "nl.beroepsregister.text.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    private Texts(Language language) {
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    private static final Texts DUTCH = new Texts(Language.NL);
    private static final Texts ENGLISH = new Texts(Language.EN);

    public static Texts in(Language language) {
        return language == Language.EN ? ENGLISH : DUTCH;
    }

    public static Texts in(Locale locale) {
        return in(Language.of(locale));
    }

    public Locale locale() {
        return locale;
    }

    public String get(Message message) {
        return format(message.key(), message.argsArray());
    }

    public String format(String key, Object... args) {
        String pattern = text(key);
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] shown = Arrays.stream(args).map(this::shown).toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The text of a key as written in the bundle, or the key itself when the bundle lacks it. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** The label of an enum value, {@code enum.<Type>.<NAME>} in the bundle, or its name. */
    public String label(Enum<?> value) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    private Object shown(Object arg) {
        if (arg instanceof LocalDate date) {
            return date(date);
        }
        if (arg instanceof Message nested) {
            return get(nested);
        }
        if (arg instanceof Enum<?> value) {
            return label(value);
        }
        if (arg instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> String.valueOf(shown(item))).toList());
        }
        if (arg instanceof Long id) {
            return id.toString();
        }
        return arg;
    }
}
