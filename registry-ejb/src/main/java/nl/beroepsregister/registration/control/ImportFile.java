package nl.beroepsregister.registration.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import nl.beroepsregister.problem.InvalidInputException;

/**
 * A CSV file of registrants to import, read as offices save them from their spreadsheets: UTF-8 (with or without a
 * byte order mark) or, when it is not valid UTF-8, Windows-1252 (what Excel's plain "CSV" gives in the Netherlands);
 * fields separated by semicolons or commas, whichever the header uses. Column names are matched without regard to
 * case; unknown columns are ignored and reported. Problems of the file as a whole refuse it before anything runs;
 * problems of a row are the row's own (see {@link ImportRow}).
 */
public record ImportFile(List<String> columns, List<String> ignoredColumns, List<Line> lines) {

    public static final int MAX_ROWS = 100_000;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One data row: its number as a spreadsheet shows it (the header is row 1) and its values by column. */
    public record Line(long rowNumber, Map<String, String> values) {

        public String value(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public static ImportFile read(byte[] content) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw InvalidInputException.of("file", "rule.import.empty");
        }
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(separator(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, String> byLowerCase = new LinkedHashMap<>();
            ImportRow.COLUMNS.forEach(column -> byLowerCase.put(column.toLowerCase(Locale.ROOT), column));
            List<String> found = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            Map<String, String> canonical = new LinkedHashMap<>();
            for (String name : parser.getHeaderNames()) {
                String known = byLowerCase.get(name.strip().toLowerCase(Locale.ROOT));
                if (known == null) {
                    if (!name.isBlank()) {
                        ignored.add(name.strip());
                    }
                } else {
                    found.add(known);
                    canonical.put(name, known);
                }
            }
            Set<String> missing = new TreeSet<>(ImportRow.REQUIRED);
            missing.removeAll(found);
            if (!missing.isEmpty()) {
                throw InvalidInputException.of("file", "rule.import.missingColumns", String.join(", ", missing));
            }
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (lines.size() == MAX_ROWS) {
                    throw InvalidInputException.of("file", "rule.import.tooManyRows", MAX_ROWS);
                }
                Map<String, String> values = new LinkedHashMap<>();
                canonical.forEach((name, column) -> values.put(column, record.isSet(name) ? record.get(name) : null));
                if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                lines.add(new Line(record.getRecordNumber() + 1, values));
            }
            if (lines.isEmpty()) {
                throw InvalidInputException.of("file", "rule.import.empty");
            }
            return new ImportFile(List.copyOf(found), List.copyOf(ignored), List.copyOf(lines));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw InvalidInputException.of("file", "rule.import.unreadable");
        }
    }

    /** The separator the header line uses most: a semicolon (Dutch Excel) or a comma. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }

    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }
}
