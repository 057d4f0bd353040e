package nl.beroepsregister.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import nl.beroepsregister.registrant.Registrant;

/** A login to the portal and the API, with its roles. A registrant's account is tied to that registrant. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = """
        select a from Account a left join fetch a.registrant where a.username = :username""")
@NamedQuery(name = Account.CREDENTIALS, query = """
        select a.id, a.username, a.passwordHash, a.enabled, p.id, a.passwordChangedAt, role
        from Account a left join a.registrant p left join a.roles role
        where a.username = :username""")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(name = Account.BY_REGISTRANT, query = "select a from Account a where a.registrant = :registrant")
@NamedQuery(name = Account.ENABLED_ADMINISTRATORS, query = """
        select a from Account a
        where a.enabled = true and nl.beroepsregister.account.Role.ADMIN member of a.roles
        order by a.id""")
@NamedQuery(name = Account.ENABLED_WITH_ROLE, query = """
        select a.username from Account a join a.roles role
        where role = :role and a.enabled = true order by a.username""")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    /**
     * What signing in needs, in one statement (a row per role): every API request and page checks it, so that a
     * changed password or a disabled account takes effect at once.
     */
    public static final String CREDENTIALS = "Account.credentials";
    public static final String COUNT = "Account.count";
    public static final String BY_REGISTRANT = "Account.byRegistrant";
    /** The accounts that can administer the register now: there must always be at least one. */
    public static final String ENABLED_ADMINISTRATORS = "Account.enabledAdministrators";
    public static final String ENABLED_WITH_ROLE = "Account.enabledWithRole";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registrant_id", unique = true)
    private Registrant registrant;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, Set<Role> roles, Registrant registrant, Instant now) {
        this.username = normalize(username);
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.registrant = registrant;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Usernames are compared without regard to case or surrounding spaces. */
    public static String normalize(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether this account can sign in as an administrator. */
    public boolean isEnabledAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles the server grants: an administrator may do everything the office may. */
    public Set<Role> grantedRoles() {
        return granted(roles);
    }

    /** The roles the server grants for the given roles of an account. */
    public static Set<Role> granted(Collection<Role> roles) {
        EnumSet<Role> granted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (granted.contains(Role.ADMIN)) {
            granted.add(Role.OFFICE);
        }
        return granted;
    }

    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public void changeRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** An account whose person's data were removed: it can never sign in again and no longer carries their name. */
    public void retire(String unusablePasswordHash, Instant now) {
        this.username = "verwijderd-" + id;
        this.passwordHash = unusablePasswordHash;
        this.passwordChangedAt = now;
        this.enabled = false;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Registrant getRegistrant() {
        return registrant;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
