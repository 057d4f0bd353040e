package nl.beroepsregister.account.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.account.PasswordPolicy;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.account.control.PasswordHashing;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.time.RegistryClock;

/**
 * User accounts as the administrator manages them: find them (paged in the database), create staff accounts, change
 * roles, enable and disable, set a password. The register always keeps at least one enabled administrator: no
 * change, by anyone, may take the last one away, so that nobody can lock the register out of its own
 * administration.
 */
@Stateless
public class AccountAdministration {

    /** Which accounts a search returns: everyone, staff only, or the holders of one role. */
    public enum Kind { ALL, STAFF, REGISTRANT, AUDITOR, OFFICE, ADMIN }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    RegistryClock clock;

    @Inject
    Caller caller;

    public List<AccountSummary> find(String username, Kind kind, int first, int size) {
        caller.requireAdmin();
        return query("select a", username, kind, Account.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultList().stream().map(AccountSummary::of).toList();
    }

    public long count(String username, Kind kind) {
        caller.requireAdmin();
        return query("select count(a)", username, kind, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String username, Kind kind, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from Account a where a.username like :username escape '!'");
        Kind shown = kind == null ? Kind.ALL : kind;
        switch (shown) {
            case ALL -> { }
            case STAFF -> jpql.append(" and a.registrant is null");
            default -> jpql.append(" and :role member of a.roles");
        }
        if (!select.contains("count")) {
            jpql.append(" order by a.username");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type)
                .setParameter("username", "%" + escape(Account.normalize(username == null ? "" : username)) + "%");
        if (shown != Kind.ALL && shown != Kind.STAFF) {
            query.setParameter("role", Role.valueOf(shown.name()));
        }
        return query;
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public AccountSummary get(Long id) {
        caller.requireAdmin();
        return AccountSummary.of(load(id));
    }

    /** A staff account with a first password, which its holder should change. */
    @Audited(value = "account.created")
    public AccountSummary create(String username, String password, Set<Role> roles) {
        AccountView created = accounts.create(username, password, roles);
        return AccountSummary.of(load(created.id()));
    }

    /** New roles for a staff account; a registrant's login keeps its one role. */
    @Audited(value = "account.rolesChanged", subject = "account")
    public AccountSummary changeRoles(Long id, long version, Set<Role> roles) {
        caller.requireAdmin();
        Account account = forChange(id, version);
        if (account.getRegistrant() != null || roles.contains(Role.REGISTRANT)) {
            throw InvalidInputException.of("roles", "rule.account.registrantRole");
        }
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "rule.account.rolesRequired");
        }
        if (!roles.contains(Role.ADMIN)) {
            keepAnAdministrator(account);
        }
        account.changeRoles(EnumSet.copyOf(roles));
        return AccountSummary.of(account);
    }

    @Audited(value = "account.enabled", subject = "account")
    public AccountSummary enable(Long id, long version, boolean enabled) {
        caller.requireAdmin();
        Account account = forChange(id, version);
        if (!enabled) {
            keepAnAdministrator(account);
        }
        account.enable(enabled);
        return AccountSummary.of(account);
    }

    /** Sets a new password, for instance for a registrant imported without one, or a holder who forgot theirs. */
    @Audited(value = "account.passwordSet", subject = "account")
    public AccountSummary setPassword(Long id, long version, String password) {
        caller.requireAdmin();
        Account account = forChange(id, version);
        PasswordPolicy.check(password, account.getUsername());
        account.changePassword(passwords.hash(password), clock.now());
        return AccountSummary.of(account);
    }

    /**
     * Refuses a change that would leave no enabled administrator. The administrators are locked for the rest of
     * the transaction, so that two administrators removing each other at the same moment cannot both succeed.
     */
    private void keepAnAdministrator(Account changed) {
        if (!changed.isEnabledAdministrator()) {
            return;
        }
        administrators().forEach(admin -> em.lock(admin, LockModeType.PESSIMISTIC_WRITE));
        boolean another = administrators().stream().anyMatch(admin -> !admin.getId().equals(changed.getId()));
        if (!another) {
            throw RuleViolationException.of(changed.getUsername().equals(caller.username())
                    ? "rule.account.lastAdministratorSelf" : "rule.account.lastAdministrator");
        }
    }

    /** As the database has them now: the query runs again after the locks are held. */
    private List<Account> administrators() {
        return em.createNamedQuery(Account.ENABLED_ADMINISTRATORS, Account.class).getResultList();
    }

    private Account forChange(Long id, long version) {
        Account account = load(id);
        if (account.getVersion() != version) {
            throw ConflictException.staleVersion();
        }
        return account;
    }

    private Account load(Long id) {
        Account account = id == null ? null : em.find(Account.class, id);
        if (account == null) {
            throw NotFoundException.of("account", id);
        }
        return account;
    }
}
