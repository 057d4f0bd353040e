package nl.beroepsregister.registration.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.boundary.Statistics;

/**
 * {@code WEB-INF/includes/office-charts.xhtml}: the office's charts — registrations per level and status, renewals
 * due in the coming twelve months, dossiers on time and late in the past twelve — each with its numbers as a table.
 * The figures are read once per view.
 */
@Named
@ViewScoped
public class OfficeChartsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Colours of the register's palette; the legend and the table carry the meaning, never the colour alone. */
    static final Map<RegistrationStatus, String> STATUS_COLOURS = Map.of(
            RegistrationStatus.ACTIVE, "#1e6b3a",
            RegistrationStatus.LAPSED, "#b08d57",
            RegistrationStatus.WITHDRAWN, "#6b7684",
            RegistrationStatus.STRUCK_OFF, "#a4262c");
    static final String NAVY = "#1b2f52";

    @Inject
    Statistics statistics;

    @Inject
    Words msg;

    private List<Chart> charts;

    public List<Chart> getCharts() {
        if (charts == null) {
            charts = List.of(registrations(), renewals(), dossiers());
        }
        return charts;
    }

    Chart registrations() {
        List<Statistics.LevelStatusCount> counts = statistics.registrationsPerLevelAndStatus();
        Map<String, Map<RegistrationStatus, Long>> byLevel = new LinkedHashMap<>();
        for (Statistics.LevelStatusCount count : counts) {
            byLevel.computeIfAbsent(levelLabel(count.register(), count.level()), key -> new LinkedHashMap<>())
                    .merge(count.status(), count.count(), Long::sum);
        }
        List<String> categories = new ArrayList<>(byLevel.keySet());
        List<Chart.Series> series = new ArrayList<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            List<Long> values = categories.stream()
                    .map(category -> byLevel.get(category).getOrDefault(status, 0L)).toList();
            series.add(new Chart.Series(msg.label(status), STATUS_COLOURS.getOrDefault(status, NAVY), values));
        }
        return new Chart(msg.get("stats.registrations.title"), msg.get("stats.registrations.description"),
                msg.get("stats.registrations.category"), categories, series, true);
    }

    private String levelLabel(String register, Level level) {
        return msg.format("stats.registrations.level", register, level.name());
    }

    Chart renewals() {
        List<Statistics.MonthCount> months = statistics.renewalsDuePerMonth();
        return new Chart(msg.get("stats.renewals.title"), msg.get("stats.renewals.description"),
                msg.get("stats.month"), months.stream().map(m -> month(m.month())).toList(),
                List.of(new Chart.Series(msg.get("stats.renewals.series"), NAVY,
                        months.stream().map(Statistics.MonthCount::count).toList())), false);
    }

    Chart dossiers() {
        List<Statistics.DossierMonth> months = statistics.dossiersOnTimePerMonth();
        return new Chart(msg.get("stats.dossiers.title"), msg.get("stats.dossiers.description"),
                msg.get("stats.month"), months.stream().map(m -> month(m.month())).toList(),
                List.of(new Chart.Series(msg.get("stats.dossiers.onTime"), "#1e6b3a",
                                months.stream().map(Statistics.DossierMonth::onTime).toList()),
                        new Chart.Series(msg.get("stats.dossiers.late"), "#b08d57",
                                months.stream().map(Statistics.DossierMonth::late).toList()),
                        new Chart.Series(msg.get("stats.dossiers.missing"), "#a4262c",
                                months.stream().map(Statistics.DossierMonth::missing).toList())), true);
    }

    private String month(YearMonth month) {
        Locale locale = Locale.forLanguageTag(msg.language());
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale).replace(".", "") + " " + month.getYear();
    }
}
