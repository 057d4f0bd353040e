package nl.beroepsregister.registration.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;

/**
 * One chart of the office's figures: categories along the axis, one or more series of counts, and the same numbers as
 * a table for whoever cannot see the picture. {@link #json()} is the Chart.js configuration that PrimeFaces'
 * {@code p:chart} draws, built with JSON-P so that every label is escaped.
 */
public record Chart(String title, String description, String categoryHeading, List<String> categories,
                    List<Series> series, boolean stacked) implements Serializable {

    /** One series: its name in the legend, its colour, and a count per category. */
    public record Series(String label, String colour, List<Long> values) implements Serializable {
    }

    public long total() {
        return series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** The numbers of one category, in the order of the series: a row of the table. */
    public List<Long> row(int category) {
        return series.stream().map(s -> s.values().get(category)).toList();
    }

    public List<Integer> rows() {
        return java.util.stream.IntStream.range(0, categories.size()).boxed().toList();
    }

    public String json() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(values::add);
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", values)
                    .add("backgroundColor", s.colour())
                    .add("borderColor", "#ffffff")
                    .add("borderWidth", 1));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        categories.forEach(labels::add);
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder counts = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder()
                                        .add("display", series.size() > 1)
                                        .add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", counts)))
                .build().toString();
    }
}
