package nl.beroepsregister.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.beroepsregister.time.RegistryClock;

/**
 * Recorded moments as the reader reads them: {@code #{moments.at(instant)}} the day and time, and
 * {@code #{moments.day(instant)}} the day alone, both in the register's time zone and the view's language.
 */
@Named("moments")
@RequestScoped
public class Moments {

    @Inject
    Words words;

    @Inject
    RegistryClock clock;

    public String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(words.texts().locale())
                .format(instant.atZone(clock.zone()));
    }

    public String day(Instant instant) {
        return instant == null ? "" : words.date(LocalDate.ofInstant(instant, clock.zone()));
    }
}
