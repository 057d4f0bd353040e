package nl.beroepsregister.export.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a list as CSV or as an Excel workbook while its rows come in page by page, so that 100,000 rows take no
 * more memory than one page: CSV goes straight to the stream, and Excel through fastexcel, which writes each page's
 * rows into the workbook's compressed stream as they come (a small library of its own, where Apache POI brought
 * 17 MB of libraries that every start of the server scanned).
 *
 * <p>CSV is written for Excel as Dutch offices use it: UTF-8 with a byte order mark (without it Excel reads UTF-8 as
 * Windows-1252 and garbles "Özdemir"), fields separated by semicolons (Dutch Excel's list separator: the comma is
 * its decimal separator, so a comma-separated file opens as one column), lines ended by CRLF. Dates are ISO
 * (2026-03-01), which Excel recognises in every language. A text that Excel would take for a formula (starting with
 * =, +, -, @) is prefixed with an apostrophe, so that a name in the register can never run as a formula.
 */
public final class TableExport {

    /** Rows per page asked of the source. */
    public static final int PAGE = 500;
    /** Dates as real Excel dates, shown as in the CSV: ISO (2026-03-01), read alike in Dutch and in English. */
    static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final char SEPARATOR = ';';
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private TableExport() {
    }

    /** One column: its heading and how a row gives its value (text, a number, a date, or null). */
    public record Column<T>(String heading, Function<T, Object> value) {
    }

    /** Writes every row the source gives; returns how many. The stream is flushed, not closed. */
    public static <T> long write(ExportFormat format, String title, List<Column<T>> columns, RowSource<T> rows,
                                 OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> csv(columns, rows, out);
            case XLSX -> excel(title, columns, rows, out);
        };
    }

    static <T> long csv(List<Column<T>> columns, RowSource<T> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(SEPARATOR).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(columns.stream().map(Column::heading).toList());
        long count = 0;
        for (List<T> page = rows.next(PAGE); !page.isEmpty(); page = rows.next(PAGE)) {
            for (T row : page) {
                List<String> cells = new ArrayList<>(columns.size());
                for (Column<T> column : columns) {
                    cells.add(csvCell(column.value().apply(row)));
                }
                printer.printRecord(cells);
                count++;
            }
            printer.flush();
        }
        printer.flush();
        return count;
    }

    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof LocalDate date ? date.toString() : String.valueOf(value);
        boolean formulaLike = !(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        return formulaLike ? "'" + text : text;
    }

    static <T> long excel(String title, List<Column<T>> columns, RowSource<T> rows, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(new KeepOpen(out), "Beroepsregister", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(title));
        for (int i = 0; i < columns.size(); i++) {
            sheet.value(0, i, columns.get(i).heading());
            sheet.style(0, i).bold().set();
            sheet.width(i, Math.max(14, columns.get(i).heading().length() + 4));
        }
        sheet.freezePane(0, 1);
        int next = 1;
        for (List<T> page = rows.next(PAGE); !page.isEmpty(); page = rows.next(PAGE)) {
            for (T item : page) {
                int row = next++;
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(item);
                    if (value instanceof LocalDate day) {
                        sheet.value(row, i, day);
                        sheet.style(row, i).format(DATE_FORMAT).set();
                    } else if (value instanceof Number number) {
                        sheet.value(row, i, number);
                    } else if (value != null) {
                        sheet.value(row, i, String.valueOf(value));
                    }
                }
            }
            // the page's rows go to the stream; only the page is kept in memory
            sheet.flush();
        }
        if (next > 1) {
            sheet.setAutoFilter(0, 0, next - 1, columns.size() - 1);
        }
        workbook.finish();
        out.flush();
        return next - 1L;
    }

    /** The stream as the workbook sees it: finishing the workbook must not close the response. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
    static String sheetName(String title) {
        String name = title == null || title.isBlank() ? "Export" : title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
