package nl.beroepsregister.registration.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.registrant.Language;

/**
 * One row of an import, checked on its own before anything is stored: every field that is missing, too long or
 * malformed is named, so that the office can correct the whole row at once. What needs the database (is the register
 * known, does it offer the level, is the username free) is checked when the row is stored.
 *
 * <p>The start date is that of the registration year in progress: the register takes over a registration as it
 * stands now, with its current year, its history entry and a certificate, exactly as an admission would. A start
 * date whose year has already ended would make the registration lapse at once, so it is refused.
 */
public record ImportRow(long rowNumber, String firstName, String lastName, String email, String employer,
                        String jobTitle, String username, Level level, LocalDate startDate, String register,
                        Language language, LocalDate courseCompletedOn) {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String EMPLOYER = "employer";
    public static final String JOB_TITLE = "jobTitle";
    public static final String USERNAME = "username";
    public static final String LEVEL = "level";
    public static final String START_DATE = "startDate";
    public static final String REGISTER = "register";
    public static final String LANGUAGE = "language";
    public static final String COURSE_COMPLETED_ON = "courseCompletedOn";

    /** The columns in the order the template has them. */
    public static final List<String> COLUMNS = List.of(FIRST_NAME, LAST_NAME, EMAIL, EMPLOYER, JOB_TITLE, USERNAME,
            LEVEL, START_DATE, REGISTER, LANGUAGE, COURSE_COMPLETED_ON);
    public static final Set<String> REQUIRED = Set.of(FIRST_NAME, LAST_NAME, EMAIL, USERNAME, LEVEL, START_DATE);

    static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** As the API accepts usernames. */
    static final Pattern USERNAME_FORMAT = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
    static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** Why a field of a row is refused. */
    public record Problem(String field, String value, Message reason) {
    }

    /** The row as read, or what is wrong with it. */
    public record Checked(ImportRow row, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Checked check(ImportFile.Line line, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String firstName = text(line, FIRST_NAME, 100, problems);
        String lastName = text(line, LAST_NAME, 100, problems);
        String email = text(line, EMAIL, 254, problems);
        if (email != null && !EMAIL_FORMAT.matcher(email).matches()) {
            problems.add(new Problem(EMAIL, email, Message.of("rule.import.email")));
        }
        String employer = text(line, EMPLOYER, 200, problems);
        String jobTitle = text(line, JOB_TITLE, 200, problems);
        String username = text(line, USERNAME, 64, problems);
        if (username != null && !USERNAME_FORMAT.matcher(username).matches()) {
            problems.add(new Problem(USERNAME, username, Message.of("rule.import.username")));
        }
        Level level = level(line, problems);
        LocalDate startDate = date(line, START_DATE, problems);
        if (startDate != null && startDate.isAfter(today)) {
            problems.add(new Problem(START_DATE, line.value(START_DATE), Message.of("rule.import.dateInFuture")));
        } else if (startDate != null && !startDate.plusYears(1).isAfter(today)) {
            problems.add(new Problem(START_DATE, line.value(START_DATE),
                    Message.of("rule.import.yearEnded", startDate, startDate.plusYears(1))));
        }
        String register = line.value(REGISTER) == null ? Register.DEFAULT_CODE
                : line.value(REGISTER).toUpperCase(Locale.ROOT);
        if (!Register.CODE.matcher(register).matches()) {
            problems.add(new Problem(REGISTER, line.value(REGISTER), Message.of("rule.register.unknown", register)));
        }
        Language language = language(line, problems);
        LocalDate course = date(line, COURSE_COMPLETED_ON, problems);
        if (course != null && course.isAfter(today)) {
            problems.add(new Problem(COURSE_COMPLETED_ON, line.value(COURSE_COMPLETED_ON),
                    Message.of("rule.import.dateInFuture")));
        }
        ImportRow row = new ImportRow(line.rowNumber(), firstName, lastName, email, employer, jobTitle, username,
                level, startDate, register, language, course);
        return new Checked(row, List.copyOf(problems));
    }

    private static String text(ImportFile.Line line, String field, int max, List<Problem> problems) {
        String value = line.value(field);
        if (value == null) {
            if (REQUIRED.contains(field)) {
                problems.add(new Problem(field, null, Message.of("rule.import.required")));
            }
            return null;
        }
        if (value.length() > max) {
            problems.add(new Problem(field, value, Message.of("rule.import.tooLong", max)));
            return null;
        }
        return value;
    }

    private static Level level(ImportFile.Line line, List<Problem> problems) {
        String value = line.value(LEVEL);
        if (value == null) {
            problems.add(new Problem(LEVEL, null, Message.of("rule.import.required")));
            return null;
        }
        try {
            return Level.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(LEVEL, value, Message.of("rule.import.level", value)));
            return null;
        }
    }

    private static LocalDate date(ImportFile.Line line, String field, List<Problem> problems) {
        String value = line.value(field);
        if (value == null) {
            if (REQUIRED.contains(field)) {
                problems.add(new Problem(field, null, Message.of("rule.import.required")));
            }
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        problems.add(new Problem(field, value, Message.of("rule.import.date")));
        return null;
    }

    private static Language language(ImportFile.Line line, List<Problem> problems) {
        String value = line.value(LANGUAGE);
        if (value == null) {
            return Language.NL;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "nl" -> Language.NL;
            case "en" -> Language.EN;
            default -> {
                problems.add(new Problem(LANGUAGE, value, Message.of("rule.import.language", value)));
                yield null;
            }
        };
    }
}
