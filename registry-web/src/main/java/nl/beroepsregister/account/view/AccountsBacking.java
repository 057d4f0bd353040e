package nl.beroepsregister.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.boundary.AccountAdministration;
import nl.beroepsregister.account.boundary.AccountAdministration.Kind;
import nl.beroepsregister.account.boundary.AccountSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code admin/accounts.xhtml}: the accounts, searched by username and kind and paged in the database (a register
 * with 100,000 registrants has as many logins), and a new staff account.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    private String search;
    private Kind kind = Kind.STAFF;
    private final Accounts accounts = new Accounts();

    private String username;
    private String password;
    private Role[] roles = {Role.OFFICE};

    /** The lazy table's model: each page one query, the count another. */
    public class Accounts extends LazyDataModel<AccountSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(search, kind);
        }

        @Override
        public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return administration.find(search, kind, first, pageSize);
        }

        @Override
        public String getRowKey(AccountSummary account) {
            return String.valueOf(account.id());
        }

        @Override
        public AccountSummary getRowData(String rowKey) {
            return administration.get(Long.valueOf(rowKey));
        }
    }

    public String create() {
        AccountSummary created = administration.create(username, password,
                roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)));
        return "/admin/account?faces-redirect=true&created=true&id=" + created.id();
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public Role[] getStaffRoles() {
        return new Role[] {Role.AUDITOR, Role.OFFICE, Role.ADMIN};
    }

    public Accounts getAccounts() {
        return accounts;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }
}
