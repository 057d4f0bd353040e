import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beroepsregister.reminder.ReminderKind;
import nl.beroepsregister.reminder.control.ReminderQueue;

/**
 * The floor of the daily run's queueing: the bare SELECT of the due rows, for every kind, exactly as the application's
 * queueing statement selects them (the SQL text comes from ReminderQueue itself), timed over JDBC. Prints the rows
 * found and the median milliseconds of all kinds together over the given number of repetitions.
 *
 * <pre>java -cp registry-ejb.jar:registry-domain.jar:postgresql.jar:h2.jar DueRows.java URL USER PASSWORD TODAY RUNS</pre>
 */
public class DueRows {

    public static void main(String[] args) throws Exception {
        LocalDate today = LocalDate.parse(args[3]);
        int runs = Integer.parseInt(args[4]);
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            long[] millis = new long[runs];
            int rows = 0;
            for (int run = 0; run < runs; run++) {
                rows = 0;
                long started = System.nanoTime();
                for (ReminderKind kind : ReminderKind.values()) {
                    rows += select(db, kind, today);
                }
                millis[run] = (System.nanoTime() - started) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.println("rows=" + rows + " median_ms=" + millis[runs / 2] + " all_ms=" + Arrays.toString(millis));
        }
    }

    static int select(Connection db, ReminderKind kind, LocalDate today) throws Exception {
        List<Integer> order = new ArrayList<>();
        Matcher parameter = Pattern.compile("\\?(\\d)").matcher(ReminderQueue.dueSelection(kind));
        StringBuilder sql = new StringBuilder();
        while (parameter.find()) {
            order.add(Integer.parseInt(parameter.group(1)));
            parameter.appendReplacement(sql, "?");
        }
        parameter.appendTail(sql);
        LocalDate[] bounds = bounds(kind, today);
        try (PreparedStatement statement = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < order.size(); i++) {
                switch (order.get(i)) {
                    case 1 -> statement.setString(i + 1, kind.name());
                    case 2 -> statement.setObject(i + 1, java.sql.Date.valueOf(bounds[0]));
                    case 3 -> statement.setObject(i + 1, java.sql.Date.valueOf(bounds[1]));
                    default -> throw new IllegalStateException("parameter " + order.get(i));
                }
            }
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    /** The same bounds as ReminderSchedule with its default offsets (P3M before renewal, P1D after, P0D). */
    static LocalDate[] bounds(ReminderKind kind, LocalDate today) {
        return switch (kind) {
            case DOSSIER_DUE_SOON -> new LocalDate[] {
                    latest(today, day -> day.minus(Period.ofMonths(3)), today.plusMonths(3)), today};
            case DOSSIER_DUE -> new LocalDate[] {today, today};
            case DEADLINE_MISSED -> new LocalDate[] {latest(today, day -> day.plusDays(1), today.minusDays(1)), today};
            case PORTFOLIO_PROPOSAL -> new LocalDate[] {today, today};
        };
    }

    static LocalDate latest(LocalDate today, UnaryOperator<LocalDate> dueDay, LocalDate estimate) {
        LocalDate day = estimate.plusDays(4);
        while (dueDay.apply(day).isAfter(today)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
