package nl.beroepsregister.export.control;

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
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as CSV or as an Excel workbook while its rows come in page by page, so that 100,000 rows take no
 * more memory than one page: CSV goes straight to the stream, and Excel through POI's streaming workbook (SXSSF),
 * which keeps a window of rows in memory and the rest in a compressed temporary file.
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
    /** Rows the Excel workbook keeps in memory; older rows are flushed to its temporary file. */
    static final int WINDOW = 200;
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
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try (workbook) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(sheetName(title));
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            // the built-in short date: Excel shows it in the reader's own way (dd-mm-jjjj in Dutch)
            date.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));

            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).heading());
                cell.setCellStyle(heading);
                sheet.setColumnWidth(i, 256 * Math.max(14, columns.get(i).heading().length() + 4));
            }
            sheet.createFreezePane(0, 1);
            int next = 1;
            for (List<T> page = rows.next(PAGE); !page.isEmpty(); page = rows.next(PAGE)) {
                for (T item : page) {
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = columns.get(i).value().apply(item);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else {
                            cell.setCellValue(String.valueOf(value));
                        }
                    }
                }
            }
            if (next > 1) {
                sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, columns.size() - 1));
            }
            workbook.write(out);
            out.flush();
            return next - 1L;
        } finally {
            workbook.dispose();
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
    static String sheetName(String title) {
        String name = title == null || title.isBlank() ? "Export" : title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
