package nl.beroepsregister.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lists written as CSV and Excel, page by page")
class TableExportTest {

    record Person(long id, String name, LocalDate since) {
    }

    static final List<TableExport.Column<Person>> COLUMNS = List.of(
            new TableExport.Column<>("Nummer", Person::id),
            new TableExport.Column<>("Naam", Person::name),
            new TableExport.Column<>("Sinds", Person::since));

    /** A source of n people that counts the pages asked for and never gives more than a page. */
    static final class People implements RowSource<Person> {
        final int total;
        int next;
        final List<Integer> pageSizes = new ArrayList<>();

        People(int total) {
            this.total = total;
        }

        @Override
        public List<Person> next(int size) {
            pageSizes.add(size);
            List<Person> page = IntStream.range(next, Math.min(total, next + size))
                    .mapToObj(i -> new Person(i + 1, i == 0 ? "=1+1" : "Özdemir " + i, LocalDate.of(2026, 3, 1)))
                    .toList();
            next += page.size();
            return page;
        }
    }

    @Test
    @DisplayName("CSV: UTF-8 with a byte order mark, semicolons, ISO dates; a formula is defused")
    void csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = TableExport.write(ExportFormat.CSV, "Lijst", COLUMNS, new People(2), out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(2);
        assertThat(text).isEqualTo("\uFEFFNummer;Naam;Sinds\r\n1;'=1+1;2026-03-01\r\n2;Özdemir 1;2026-03-01\r\n");
    }

    @Test
    @DisplayName("Excel: a header, real dates and numbers, every row; the rows come in pages")
    void excel() throws IOException {
        People people = new People(1234);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = TableExport.write(ExportFormat.XLSX, "Registraties: alle", COLUMNS, people, out);

        assertThat(written).isEqualTo(1234);
        assertThat(people.pageSizes).hasSize(4).allSatisfy(size -> assertThat(size).isEqualTo(TableExport.PAGE));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Registraties  alle");
            assertThat(sheet.getLastRowNum()).isEqualTo(1234);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Naam");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(1234).getCell(0).getNumericCellValue()).isEqualTo(1234);
            assertThat(sheet.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getDataFormatString())
                    .as("a real date, shown as ISO like the CSV").isEqualTo("yyyy-mm-dd");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold())
                    .as("the header in bold").isTrue();
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C1235");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("the header stays in view")
                    .isEqualTo((short) 1);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("paging by position and by key both walk the whole list once")
    void sources() {
        List<Integer> all = IntStream.rangeClosed(1, 7).boxed().toList();
        RowSource<Integer> paged = RowSource.paged((first, size) ->
                all.subList(Math.min(first, all.size()), Math.min(first + size, all.size())));
        RowSource<Integer> keyed = RowSource.keyed((Integer after, Integer size) -> all.stream()
                .filter(i -> after == null || i > after).limit(size).toList(), i -> i);

        for (RowSource<Integer> source : List.of(paged, keyed)) {
            List<Integer> seen = new ArrayList<>();
            for (List<Integer> page = source.next(3); !page.isEmpty(); page = source.next(3)) {
                seen.addAll(page);
            }
            assertThat(seen).isEqualTo(all);
        }
    }
}
