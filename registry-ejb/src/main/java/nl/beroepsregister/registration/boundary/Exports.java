package nl.beroepsregister.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.RegistrationStatus;

/**
 * The office's lists for export, one page per call: each call is a short transaction of its own and returns plain
 * rows (no entities), so an export of 100,000 registrations holds one page at a time. Pages follow the id, so the
 * last page is found by index as fast as the first.
 */
@Stateless
public class Exports {

    public static final int MAX_PAGE = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * Which registrations: all, or those matching a search as the office's registrations page has it — a name or
     * registration number (part of it), a status, a level, a register. A null or blank part does not filter.
     */
    public record RegistrationFilter(String text, RegistrationStatus status, Level level, String register) {

        public static final RegistrationFilter ALL = new RegistrationFilter(null, null, null, null);
    }

    public List<RegistrationRow> registrationsAfter(Long afterId, int size, RegistrationFilter filter) {
        caller.requireOffice();
        RegistrationFilter f = filter == null ? RegistrationFilter.ALL : filter;
        StringBuilder jpql = new StringBuilder("""
                select new nl.beroepsregister.registration.boundary.RegistrationRow(
                    r.id, r.registrationNumber, p.firstName, p.lastName, p.email, p.employer, g.code, r.level,
                    r.status, r.startDate, r.validUntil)
                from Registration r join r.registrant p join r.register g
                where r.id > :after""");
        String text = f.text() == null ? "" : f.text().strip();
        if (!text.isEmpty()) {
            jpql.append(" and (p.searchName like :name escape '!' or r.registrationNumber like :number escape '!')");
        }
        if (f.status() != null) {
            jpql.append(" and r.status = :status");
        }
        if (f.level() != null) {
            jpql.append(" and r.level = :level");
        }
        if (f.register() != null && !f.register().isBlank()) {
            jpql.append(" and g.code = :register");
        }
        jpql.append(" order by r.id");
        TypedQuery<RegistrationRow> query = em.createQuery(jpql.toString(), RegistrationRow.class)
                .setParameter("after", afterId == null ? 0L : afterId)
                .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE));
        if (!text.isEmpty()) {
            query.setParameter("name", "%" + escape(Registrant.searchable(text)) + "%")
                    .setParameter("number", "%" + escape(text.toUpperCase(Locale.ROOT)) + "%");
        }
        if (f.status() != null) {
            query.setParameter("status", f.status());
        }
        if (f.level() != null) {
            query.setParameter("level", f.level());
        }
        if (f.register() != null && !f.register().isBlank()) {
            query.setParameter("register", f.register().strip().toUpperCase(Locale.ROOT));
        }
        return query.getResultList();
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
