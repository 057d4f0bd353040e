package nl.beroepsregister.registration.boundary;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.beroepsregister.application.Application;
import nl.beroepsregister.application.ApplicationStatus;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.portfolio.PortfolioStatus;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.reminder.Reminder;
import nl.beroepsregister.reminder.ReminderKind;
import nl.beroepsregister.reminder.ReminderStatus;
import nl.beroepsregister.renewal.DossierStatus;
import nl.beroepsregister.renewal.RegistrationYear;

/**
 * A worklist as a JPA Criteria query: its rows, its conditions, the fields it may be sorted by and the filters it
 * takes. The same shape serves the count and the page, so the two always agree. Sorting is only by the whitelisted
 * fields, and every filter value is a parameter: nothing a caller sends becomes query text. The registrant and the
 * register are joined only when the query needs them (to show, sort or filter), so that a count without a name
 * filter reads the list's own table and its index alone.
 */
final class WorklistQuery {

    private static final char ESCAPE = '!';

    private final CriteriaBuilder cb;
    private final Worklist list;
    private final LocalDate today;
    private final String username;

    WorklistQuery(CriteriaBuilder cb, Worklist list, LocalDate today, String username) {
        this.cb = cb;
        this.list = list;
        this.today = today;
        this.username = username;
    }

    /** The roots, joins and paths of one query of the list. */
    final class Shape {
        Path<Long> id;
        Supplier<From<?, Registrant>> person;
        Supplier<Path<String>> register;
        Path<String> number;
        Path<Level> level;
        Path<RegistrationStatus> registrationStatus;
        final List<Predicate> where = new ArrayList<>();
        final Map<String, Supplier<List<Expression<?>>>> sorts = new LinkedHashMap<>();
        String defaultSort;
        Supplier<List<Selection<?>>> selections;
        Function<Object[], WorkItem> row;

        void person(Supplier<From<?, Registrant>> join) {
            person = once(join);
            sorts.put("name", () -> List.of(person.get().get("lastName"), person.get().get("firstName")));
        }

        void register(Supplier<Path<String>> code) {
            register = once(code);
            sorts.put("register", () -> List.of(register.get()));
        }

        void sort(String field, Expression<?> expression) {
            sorts.put(field, () -> List.of(expression));
        }

        void select(Function<Object[], WorkItem> row, Supplier<List<Selection<?>>> selections) {
            this.row = row;
            this.selections = selections;
        }

        Path<String> firstName() {
            return person.get().get("firstName");
        }

        Path<String> lastName() {
            return person.get().get("lastName");
        }

        Path<Long> personId() {
            return person.get().get("id");
        }

        Predicate[] conditions(Map<String, String> filters) {
            List<Predicate> all = new ArrayList<>(where);
            filters.forEach((field, value) -> {
                if (value != null && !value.isBlank()) {
                    all.add(filter(this, field, value.strip()));
                }
            });
            return all.toArray(Predicate[]::new);
        }

        List<Order> order(String field, boolean descending) {
            List<Expression<?>> keys = sorts.get(field == null || !sorts.containsKey(field) ? defaultSort : field).get();
            List<Order> orders = new ArrayList<>();
            keys.forEach(key -> orders.add(descending ? cb.desc(key) : cb.asc(key)));
            // the id last, so that rows with equal keys keep their place from page to page
            orders.add(descending ? cb.desc(id) : cb.asc(id));
            return orders;
        }
    }

    Shape shape(AbstractQuery<?> query) {
        Shape shape = new Shape();
        switch (list) {
            case AUDIT_TO_PLAN, AUDITS_HELD, MY_AUDITS -> applications(query, shape);
            case PORTFOLIOS -> portfolios(query, shape);
            case DOSSIERS, DEADLINES_MISSED -> dossiers(query, shape);
            case ABOUT_TO_LAPSE, REGISTRATIONS -> registrations(query, shape);
            case FAILED_REMINDERS -> reminders(query, shape);
        }
        return shape;
    }

    private void applications(AbstractQuery<?> query, Shape s) {
        Root<Application> a = query.from(Application.class);
        s.person(() -> a.join("registrant"));
        s.register(() -> a.join("register").get("code"));
        s.id = a.get("id");
        s.level = a.get("requestedLevel");
        Path<Instant> appliedAt = a.get("appliedAt");
        s.sort("level", s.level);
        s.sort("at", appliedAt);
        if (list == Worklist.AUDIT_TO_PLAN) {
            s.where.add(cb.equal(a.get("status"), ApplicationStatus.APPLIED));
            s.defaultSort = "at";
            s.select(r -> new WorkItem((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], null, null,
                            (String) r[4], (Level) r[5], (Route) r[6], null, null, (Instant) r[7], null, null, null),
                    () -> List.of(s.id, s.personId(), s.firstName(), s.lastName(), s.register.get(), s.level,
                            a.get("route"), appliedAt));
            return;
        }
        Path<LocalDate> auditDate = a.get("auditDate");
        s.where.add(cb.equal(a.get("status"), ApplicationStatus.AUDIT_PLANNED));
        Supplier<Path<String>> auditor = once(() -> a.join("auditor").get("username"));
        if (list == Worklist.AUDITS_HELD) {
            s.where.add(cb.lessThan(auditDate, today));
        } else {
            s.where.add(cb.equal(auditor.get(), username));
        }
        s.sort("date", auditDate);
        s.defaultSort = "date";
        s.select(r -> new WorkItem((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], null, null,
                        (String) r[4], (Level) r[5], (Route) r[6], (LocalDate) r[7], null, (Instant) r[8],
                        (String) r[9], null, null),
                () -> List.of(s.id, s.personId(), s.firstName(), s.lastName(), s.register.get(), s.level,
                        a.get("route"), auditDate, appliedAt, auditor.get()));
    }

    private void portfolios(AbstractQuery<?> query, Shape s) {
        Root<PortfolioActivity> portfolio = query.from(PortfolioActivity.class);
        Join<PortfolioActivity, RegistrationYear> y = portfolio.join("year");
        Join<RegistrationYear, Registration> r = y.join("registration");
        registration(s, r);
        s.id = portfolio.get("id");
        s.level = y.get("level");
        Path<Instant> proposedAt = portfolio.get("proposedAt");
        s.where.add(cb.equal(portfolio.get("status"), PortfolioStatus.PROPOSED));
        s.sort("level", s.level);
        s.sort("at", proposedAt);
        s.defaultSort = "at";
        s.select(row -> new WorkItem((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (Long) row[4],
                        (String) row[5], (String) row[6], (Level) row[7], (PortfolioStatus) row[8],
                        (LocalDate) row[9], null, (Instant) row[10], (String) row[11], null, (Boolean) row[12]),
                () -> List.of(s.id, s.personId(), s.firstName(), s.lastName(), r.get("id"), s.number,
                        s.register.get(), s.level, portfolio.get("status"), y.get("startDate"), proposedAt,
                        portfolio.get("title"), portfolio.get("localLevel")));
    }

    private void dossiers(AbstractQuery<?> query, Shape s) {
        Root<RegistrationYear> y = query.from(RegistrationYear.class);
        Join<RegistrationYear, Registration> r = y.join("registration");
        registration(s, r);
        s.id = r.get("id");
        s.level = y.get("level");
        Path<DossierStatus> status = y.get("dossierStatus");
        Path<LocalDate> deadline = y.get("submissionDeadline");
        Path<LocalDate> renewalDate = y.get("renewalDate");
        Path<Instant> submittedAt = y.get("submittedAt");
        s.sort("level", s.level);
        s.sort("date", deadline);
        s.sort("renewal", renewalDate);
        if (list == Worklist.DOSSIERS) {
            s.where.add(cb.equal(status, DossierStatus.SUBMITTED));
            s.sort("at", submittedAt);
            s.defaultSort = "at";
        } else {
            s.where.add(status.in(DossierStatus.OPEN, DossierStatus.RETURNED));
            s.where.add(cb.equal(r.get("status"), RegistrationStatus.ACTIVE));
            s.where.add(cb.lessThan(deadline, today));
            // a year that has ended is for the daily lapse, not for chasing; and as a deadline falls less than a
            // year before its renewal date, only the last year's deadlines need reading (of the status index)
            s.where.add(cb.greaterThanOrEqualTo(renewalDate, today));
            s.where.add(cb.greaterThan(deadline, today.minusYears(1)));
            s.defaultSort = "date";
        }
        s.select(row -> new WorkItem((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (Long) row[0],
                        (String) row[4], (String) row[5], (Level) row[6], (DossierStatus) row[7], (LocalDate) row[8],
                        (LocalDate) row[9], (Instant) row[10], null, (Boolean) row[11], null),
                () -> List.of(s.id, s.personId(), s.firstName(), s.lastName(), s.number, s.register.get(), s.level,
                        status, deadline, renewalDate, submittedAt, y.get("late")));
    }

    private void registrations(AbstractQuery<?> query, Shape s) {
        Root<Registration> r = query.from(Registration.class);
        registration(s, r);
        s.id = r.get("id");
        s.level = r.get("level");
        s.registrationStatus = r.get("status");
        Path<LocalDate> validUntil = r.get("validUntil");
        s.sort("level", s.level);
        s.sort("date", validUntil);
        if (list == Worklist.REGISTRATIONS) {
            s.sort("status", s.registrationStatus);
            s.defaultSort = "name";
            s.select(row -> new WorkItem((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                            (Long) row[0], (String) row[4], (String) row[5], (Level) row[6],
                            (RegistrationStatus) row[7], (LocalDate) row[8], null, null, null, null, null),
                    () -> List.of(s.id, s.personId(), s.firstName(), s.lastName(), s.number, s.register.get(),
                            s.level, s.registrationStatus, validUntil));
            return;
        }
        // the latest year: the one that ends on the day the registration is valid until
        Join<Registration, RegistrationYear> y = r.join("years");
        s.where.add(cb.equal(y.get("renewalDate"), validUntil));
        s.where.add(cb.equal(s.registrationStatus, RegistrationStatus.ACTIVE));
        s.where.add(cb.between(validUntil, today, today.plusDays(Worklists.LAPSE_HORIZON_DAYS)));
        s.defaultSort = "date";
        s.select(row -> new WorkItem((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (Long) row[0],
                        (String) row[4], (String) row[5], (Level) row[6], (DossierStatus) row[7], (LocalDate) row[8],
                        (LocalDate) row[8], null, null, (Boolean) row[9], null),
                () -> List.of(s.id, s.personId(), s.firstName(), s.lastName(), s.number, s.register.get(), s.level,
                        y.get("dossierStatus"), validUntil, y.get("late")));
    }

    private void reminders(AbstractQuery<?> query, Shape s) {
        Root<Reminder> m = query.from(Reminder.class);
        Join<Reminder, Registration> r = m.join("registration");
        registration(s, r);
        s.id = m.get("id");
        s.level = r.get("level");
        Path<LocalDate> dueOn = m.get("dueOn");
        Path<Instant> queuedAt = m.get("queuedAt");
        s.where.add(cb.equal(m.get("status"), ReminderStatus.FAILED));
        s.sort("level", s.level);
        s.sort("date", dueOn);
        s.sort("at", queuedAt);
        s.defaultSort = "date";
        s.select(row -> new WorkItem((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (Long) row[4],
                        (String) row[5], (String) row[6], (Level) row[7], (ReminderKind) row[8], (LocalDate) row[9],
                        null, (Instant) row[10], (String) row[11], null, null),
                () -> List.of(s.id, s.personId(), s.firstName(), s.lastName(), r.get("id"), s.number,
                        s.register.get(), s.level, m.get("kind"), dueOn, queuedAt, m.get("lastError")));
    }

    private static void registration(Shape s, From<?, Registration> r) {
        s.person(() -> r.join("registrant"));
        s.register(() -> r.join("register").get("code"));
        s.number = r.get("registrationNumber");
        s.sort("number", s.number);
    }

    private Predicate filter(Shape s, String field, String value) {
        return switch (field) {
            case "name" -> nameLike(s, value);
            case "number" -> numberLike(s, value);
            case "query" -> s.number == null ? nameLike(s, value) : cb.or(nameLike(s, value), numberLike(s, value));
            case "level" -> cb.equal(s.level, parse(Level.class, field, value));
            case "register" -> cb.equal(s.register.get(), value.toUpperCase(Locale.ROOT));
            case "status" -> {
                if (s.registrationStatus == null) {
                    throw InvalidInputException.of(field, "validation.type.enum", List.of());
                }
                yield cb.equal(s.registrationStatus, parse(RegistrationStatus.class, field, value));
            }
            default -> throw InvalidInputException.of(field, "validation.type.enum",
                    List.of("query", "name", "number", "level", "register", "status"));
        };
    }

    private Predicate nameLike(Shape s, String value) {
        return cb.like(s.person.get().get("searchName"), contains(Registrant.searchable(value)), ESCAPE);
    }

    private Predicate numberLike(Shape s, String value) {
        if (s.number == null) {
            throw InvalidInputException.of("number", "validation.type.enum", List.of("query", "name", "level"));
        }
        return cb.like(s.number, contains(value.toUpperCase(Locale.ROOT)), ESCAPE);
    }

    private static String contains(String text) {
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of(field, "validation.type.enum", List.of(type.getEnumConstants()));
        }
    }

    /** A join made the first time it is asked for, and the same one after. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}
