package nl.beroepsregister.export.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two forms a list leaves the register in: CSV for any program, and an Excel workbook. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a file name's extension ({@code registrations.xlsx}), if it is one of the two. */
    public static Optional<ExportFormat> ofFilename(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> lower.endsWith("." + format.extension)).findFirst();
    }
}
