package nl.beroepsregister.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.account.PasswordPolicy;
import nl.beroepsregister.audit.control.Audited;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.account.control.PasswordHashing;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.time.RegistryClock;

/** Logins and their roles. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    RegistryClock clock;

    @Inject
    Caller caller;

    /** An account for staff (auditor, office, administrator), created by an administrator. */
    public AccountView create(String username, String password, Set<Role> roles) {
        caller.requireAdmin();
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "rule.account.rolesRequired");
        }
        if (roles.contains(Role.REGISTRANT)) {
            throw InvalidInputException.of("roles", "rule.account.registrantRole");
        }
        return AccountView.of(open(username, password, roles, null));
    }

    /** Stores a new account; the password is checked against the policy and kept only as a hash. */
    public Account open(String username, String password, Set<Role> roles, Registrant registrant) {
        PasswordPolicy.check(password, username);
        String normalized = Account.normalize(username);
        if (find(normalized).isPresent()) {
            throw ConflictException.of("problem.conflict.usernameTaken", normalized);
        }
        Account account = new Account(normalized, passwords.hash(password), roles, registrant, clock.now());
        em.persist(account);
        return account;
    }

    /** An account that no password opens until an administrator sets one: for registrants taken over by an import. */
    public Account openWithoutPassword(String username, Set<Role> roles, Registrant registrant) {
        String normalized = Account.normalize(username);
        if (find(normalized).isPresent()) {
            throw ConflictException.of("problem.conflict.usernameTaken", normalized);
        }
        Account account = new Account(normalized, PasswordHashing.NO_PASSWORD, roles, registrant, clock.now());
        em.persist(account);
        return account;
    }

    /**
     * The signed-in person changes their own password, which needs the current one. Every other session and every
     * remembered API credential of theirs stops counting at once.
     */
    @Audited("account.passwordChanged")
    public void changeOwnPassword(String current, String replacement) {
        Account account = find(caller.username()).orElseThrow(AccessDeniedException::forbidden);
        if (current == null || !passwords.verify(current, account.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "rule.account.currentPasswordWrong");
        }
        PasswordPolicy.check(replacement, account.getUsername());
        account.changePassword(passwords.hash(replacement), clock.now());
    }

    public Optional<Account> find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", Account.normalize(username))
                .getResultStream()
                .findFirst();
    }

    /** The usernames of the enabled auditors, whom the office may plan an audit with. */
    public List<String> auditors() {
        caller.requireOffice();
        return em.createNamedQuery(Account.ENABLED_WITH_ROLE, String.class)
                .setParameter("role", Role.AUDITOR)
                .getResultList();
    }

    /** What signing in needs: one indexed read per request, the roles in the same statement. */
    public Optional<AccountCredentials> credentials(String username) {
        List<Object[]> rows = em.createNamedQuery(Account.CREDENTIALS, Object[].class)
                .setParameter("username", Account.normalize(username))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Object[] row : rows) {
            if (row[6] != null) {
                roles.add((Role) row[6]);
            }
        }
        return Optional.of(new AccountCredentials((Long) first[0], (String) first[1], (String) first[2],
                (Boolean) first[3], Account.granted(roles), (Long) first[4], (Instant) first[5]));
    }

    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }
}
