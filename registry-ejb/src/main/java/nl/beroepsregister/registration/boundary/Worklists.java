package nl.beroepsregister.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.time.RegistryClock;

/**
 * The office's worklists and the auditor's, each counted and paged in the database (never loaded whole), sorted by a
 * whitelisted field and filtered with parameters. The office sees every list; an auditor only the audits planned
 * with them and the portfolio proposals waiting for judgement.
 */
@Stateless
public class Worklists {

    /** How many days ahead a renewal date makes a registration "about to lapse". */
    public static final int LAPSE_HORIZON_DAYS = 30;
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    /** How many rows each list of the office's work has now. */
    public Map<Worklist, Long> counts() {
        caller.requireOffice();
        Map<Worklist, Long> counts = new EnumMap<>(Worklist.class);
        Worklist.OFFICE_WORK.forEach(list -> counts.put(list, countRows(list, Map.of())));
        return counts;
    }

    public long count(Worklist list, Map<String, String> filters) {
        requireAllowed(list);
        return countRows(list, filters);
    }

    /**
     * The rows from {@code first} on, at most {@code size}, ordered by the given field (one of the list's, else its
     * usual order) and then by id, so that paging never skips or repeats a row.
     */
    public List<WorkItem> rows(Worklist list, int first, int size, String sortField, boolean descending,
                               Map<String, String> filters) {
        requireAllowed(list);
        if (first < 0) {
            throw InvalidInputException.of("first", "rule.worklist.first");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "rule.worklist.pageSize", 1, MAX_PAGE_SIZE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        WorklistQuery.Shape shape = query(cb, list).shape(query);
        query.multiselect(shape.selections.get())
                .where(shape.conditions(filters))
                .orderBy(shape.order(sortField, descending));
        return em.createQuery(query)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultStream()
                .map(shape.row)
                .toList();
    }

    public WorklistPage page(Worklist list, int first, int size, String sortField, boolean descending,
                             Map<String, String> filters) {
        List<WorkItem> rows = rows(list, first, size, sortField, descending, filters);
        return new WorklistPage(list, countRows(list, filters), first, size, rows);
    }

    private long countRows(Worklist list, Map<String, String> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        WorklistQuery.Shape shape = query(cb, list).shape(query);
        query.select(cb.count(shape.id)).where(shape.conditions(filters));
        return em.createQuery(query).getSingleResult();
    }

    private WorklistQuery query(CriteriaBuilder cb, Worklist list) {
        return new WorklistQuery(cb, list, clock.today(), caller.username());
    }

    private void requireAllowed(Worklist list) {
        switch (list) {
            case MY_AUDITS -> {
                if (!caller.has(Role.AUDITOR)) {
                    throw AccessDeniedException.forbidden();
                }
            }
            case PORTFOLIOS -> {
                if (!caller.isOffice() && !caller.has(Role.AUDITOR)) {
                    throw AccessDeniedException.forbidden();
                }
            }
            default -> caller.requireOffice();
        }
    }
}
