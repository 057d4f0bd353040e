package nl.beroepsregister.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.time.RegistryClock;

/**
 * The figures of the office's dashboard charts. Each is one aggregate query: the database counts and groups, and at
 * most a few hundred totals come back, however many registrations there are. The months are formed here from totals
 * per day, which keeps the queries the same on H2 and PostgreSQL.
 */
@Stateless
public class Statistics {

    static final int MONTHS = 12;

    static final String PER_LEVEL_AND_STATUS = """
            select g.code, r.level, r.status, count(r)
            from Registration r join r.register g
            group by g.code, r.level, r.status""";

    /** The years of active registrations by renewal date: the renewals that will come due. */
    static final String RENEWALS_PER_DAY = """
            select y.renewalDate, count(y)
            from RegistrationYear y join y.registration r
            where r.status = nl.beroepsregister.registration.RegistrationStatus.ACTIVE
              and y.renewalDate >= :from and y.renewalDate < :to
            group by y.renewalDate""";

    /**
     * The years whose deadline fell in the period, by deadline and whether the dossier came in late: null when it
     * never came in.
     */
    static final String DOSSIERS_PER_DAY = """
            select y.submissionDeadline, y.late, count(y)
            from RegistrationYear y
            where y.submissionDeadline >= :from and y.submissionDeadline < :to
            group by y.submissionDeadline, y.late""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    /** How many registrations there are of one register, level and status. */
    public record LevelStatusCount(String register, Level level, RegistrationStatus status, long count) {
    }

    /** How many renewals fall due in one month. */
    public record MonthCount(YearMonth month, long count) {
    }

    /**
     * The dossiers whose deadline fell in one month: submitted on time, submitted late, and not submitted although
     * the deadline has passed.
     */
    public record DossierMonth(YearMonth month, long onTime, long late, long missing) {
    }

    public List<LevelStatusCount> registrationsPerLevelAndStatus() {
        caller.requireOffice();
        return em.createQuery(PER_LEVEL_AND_STATUS, Object[].class).getResultList().stream()
                .map(row -> new LevelStatusCount((String) row[0], (Level) row[1], (RegistrationStatus) row[2],
                        ((Number) row[3]).longValue()))
                .sorted(Comparator.comparing(LevelStatusCount::register)
                        .thenComparing(LevelStatusCount::level)
                        .thenComparing(LevelStatusCount::status))
                .toList();
    }

    /** The renewal dates of active registrations in this month and the eleven after it, per month. */
    public List<MonthCount> renewalsDuePerMonth() {
        caller.requireOffice();
        YearMonth first = YearMonth.from(clock.today());
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            months.put(first.plusMonths(i), 0L);
        }
        em.createQuery(RENEWALS_PER_DAY, Object[].class)
                .setParameter("from", first.atDay(1))
                .setParameter("to", first.plusMonths(MONTHS).atDay(1))
                .getResultList()
                .forEach(row -> months.merge(YearMonth.from((LocalDate) row[0]), ((Number) row[1]).longValue(),
                        Long::sum));
        return months.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList();
    }

    /** The dossiers whose deadline fell in this month and the eleven before it, per month. */
    public List<DossierMonth> dossiersOnTimePerMonth() {
        caller.requireOffice();
        LocalDate today = clock.today();
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1L);
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            months.put(first.plusMonths(i), new long[3]);
        }
        em.createQuery(DOSSIERS_PER_DAY, Object[].class)
                .setParameter("from", first.atDay(1))
                .setParameter("to", last.plusMonths(1).atDay(1))
                .getResultList()
                .forEach(row -> {
                    LocalDate deadline = (LocalDate) row[0];
                    Boolean late = (Boolean) row[1];
                    long count = ((Number) row[2]).longValue();
                    long[] month = months.get(YearMonth.from(deadline));
                    if (late != null) {
                        month[late ? 1 : 0] += count;
                    } else if (deadline.isBefore(today)) {
                        month[2] += count;
                    }
                });
        return months.entrySet().stream()
                .map(e -> new DossierMonth(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }
}
