package nl.beroepsregister.account.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.boundary.AccountAdministration;
import nl.beroepsregister.account.boundary.AccountSummary;
import nl.beroepsregister.portal.NotFoundPage;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.problem.NotFoundException;

/**
 * {@code admin/account.xhtml?id=}: one account: its roles (staff only), enabled or not, and a new password. The
 * boundary refuses whatever would leave the register without an enabled administrator.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    Words msg;

    private Long id;
    private boolean created;
    private AccountSummary account;
    private Role[] roles = {};
    private String password;

    public String load() {
        try {
            show(administration.get(id));
        } catch (NotFoundException unknown) {
            return NotFoundPage.show();
        }
        if (created) {
            info(msg.format("admin.account.created", account.username()));
        }
        return null;
    }

    private void show(AccountSummary summary) {
        account = summary;
        roles = summary.roles().toArray(Role[]::new);
    }

    public void saveRoles() {
        show(administration.changeRoles(id, account.version(),
                roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles))));
        info(msg.get("admin.account.rolesSaved"));
    }

    public void toggleEnabled() {
        boolean enable = !account.enabled();
        show(administration.enable(id, account.version(), enable));
        info(msg.get(enable ? "admin.account.enabled" : "admin.account.disabled"));
    }

    public void savePassword() {
        show(administration.setPassword(id, account.version(), password));
        password = null;
        info(msg.get("admin.account.passwordSaved"));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public Role[] getStaffRoles() {
        return new Role[] {Role.AUDITOR, Role.OFFICE, Role.ADMIN};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isCreated() {
        return created;
    }

    public void setCreated(boolean created) {
        this.created = created;
    }

    public AccountSummary getAccount() {
        return account;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
