package nl.beroepsregister.registration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registrant.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The import of registrants from a CSV file")
class ImportRowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    static final String HEADER = "firstName;lastName;email;employer;jobTitle;username;level;startDate;register\r\n";

    static ImportFile read(String text) {
        return ImportFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportRow.Checked check(String row) {
        return ImportRow.check(read(HEADER + row).lines().get(0), TODAY);
    }

    @Nested
    @DisplayName("reading the file")
    class Reading {

        @Test
        @DisplayName("semicolons or commas, with or without a byte order mark; rows numbered as a spreadsheet does")
        void separatorsAndRowNumbers() {
            ImportFile semicolons = read("\uFEFF" + HEADER + "Anna;de Vries;a@x.nl;;;anna;B;2025-09-01;AMB\r\n"
                    + ";;;;;;;;\r\n"
                    + "Piet;Jansen;p@x.nl;;;piet;C;2025-09-01;\r\n");
            ImportFile commas = read(HEADER.replace(';', ',') + "\"Jansen, Piet\",X,p@x.nl,,,piet,C,2025-09-01,\n");

            assertThat(semicolons.lines()).extracting(ImportFile.Line::rowNumber).containsExactly(2L, 4L);
            assertThat(semicolons.lines().get(0).value("firstName")).isEqualTo("Anna");
            assertThat(commas.lines().get(0).value("firstName")).isEqualTo("Jansen, Piet");
        }

        @Test
        @DisplayName("Excel's plain CSV in Windows-1252 is read as such")
        void windows1252() {
            byte[] content = (HEADER + "Zoë;Özdemir;z@x.nl;;;zoe;C;2025-09-01;AMB\r\n")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252"));

            assertThat(ImportFile.read(content).lines().get(0).value("lastName")).isEqualTo("Özdemir");
        }

        @Test
        @DisplayName("column names in any case; unknown columns are ignored and named")
        void columnNames() {
            ImportFile file = read("FIRSTNAME;LastName;Email;Username;Level;StartDate;Remarks\r\n"
                    + "Anna;de Vries;a@x.nl;anna;B;2025-09-01;call back\r\n");

            assertThat(file.ignoredColumns()).containsExactly("Remarks");
            assertThat(file.lines().get(0).value("username")).isEqualTo("anna");
        }

        @Test
        @DisplayName("a file without the required columns, or without rows, is refused as a whole")
        void wholeFileRefused() {
            assertThatThrownBy(() -> read("firstName;lastName\r\nAnna;de Vries\r\n"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0)
                            .message()).isEqualTo(Message.of("rule.import.missingColumns",
                            "email, level, startDate, username")));
            assertThatThrownBy(() -> read(HEADER)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    @DisplayName("checking a row")
    class Checking {

        @Test
        @DisplayName("a complete row is read with its defaults: register AMB, language Dutch")
        void validRow() {
            ImportRow.Checked checked = check("Anna;de Vries;a@x.nl;Gemeente Ede;AMB;anna.devries;b;01-09-2025;");

            assertThat(checked.valid()).isTrue();
            assertThat(checked.row()).extracting(ImportRow::rowNumber, ImportRow::level, ImportRow::startDate,
                            ImportRow::register, ImportRow::language, ImportRow::employer)
                    .containsExactly(2L, Level.B, LocalDate.of(2025, 9, 1), "AMB", Language.NL, "Gemeente Ede");
        }

        @Test
        @DisplayName("every wrong field of a row is named at once, with its value")
        void everyProblemNamed() {
            ImportRow.Checked checked = check(";de Vries;not-an-email;;;a b;D;31-02-2025;pcm");

            assertThat(checked.valid()).isFalse();
            assertThat(checked.problems()).extracting(ImportRow.Problem::field, ImportRow.Problem::value,
                            p -> p.reason().key())
                    .containsExactly(
                            tuple("firstName", null, "rule.import.required"),
                            tuple("email", "not-an-email", "rule.import.email"),
                            tuple("username", "a b", "rule.import.username"),
                            tuple("level", "D", "rule.import.level"),
                            tuple("startDate", "31-02-2025", "rule.import.date"));
        }

        @Test
        @DisplayName("the start date is that of the year in progress: not in the future, and its year not yet over")
        void startDateOfTheYearInProgress() {
            assertThat(check("A;B;a@x.nl;;;anna;C;2026-01-06;").problems())
                    .extracting(p -> p.reason().key()).containsExactly("rule.import.dateInFuture");
            assertThat(check("A;B;a@x.nl;;;anna;C;2025-01-05;").problems())
                    .extracting(p -> p.reason().key()).containsExactly("rule.import.yearEnded");
            assertThat(check("A;B;a@x.nl;;;anna;C;2025-01-06;").valid()).isTrue();
            assertThat(check("A;B;a@x.nl;;;anna;C;2026-01-05;").valid()).isTrue();
        }

        @Test
        @DisplayName("too long a text is refused with the maximum")
        void tooLong() {
            ImportRow.Checked checked = check("A;" + "x".repeat(101) + ";a@x.nl;;;anna;C;2025-09-01;");

            assertThat(checked.problems()).extracting(p -> p.reason())
                    .containsExactly(Message.of("rule.import.tooLong", 100));
        }

        @Test
        @DisplayName("an unknown language is refused; nl and en in any case are fine")
        void language() {
            ImportFile file = read("firstName;lastName;email;username;level;startDate;language\r\n"
                    + "A;B;a@x.nl;anna;C;2025-09-01;EN\r\nA;B;a@x.nl;anna;C;2025-09-01;de\r\n");

            assertThat(ImportRow.check(file.lines().get(0), TODAY).row().language()).isEqualTo(Language.EN);
            assertThat(ImportRow.check(file.lines().get(1), TODAY).problems()).extracting(ImportRow.Problem::field)
                    .isEqualTo(List.of("language"));
        }
    }
}
