package nl.beroepsregister.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.account.control.RegistryPrincipal;

/**
 * The portal's frame: who is signed in, which parts of the menu their roles open, where they start, and signing out.
 * The menu only hides what a role may not do; every page and action checks again on the server.
 */
@Named("portal")
@RequestScoped
public class Portal {

    @Inject
    Caller caller;

    public boolean isSignedIn() {
        return caller.principal().isPresent();
    }

    public String getUsername() {
        return caller.principal().map(RegistryPrincipal::getName).orElse("");
    }

    public boolean isRegistrant() {
        return caller.has(Role.REGISTRANT);
    }

    public boolean isAuditor() {
        return caller.has(Role.AUDITOR);
    }

    public boolean isOffice() {
        return caller.isOffice();
    }

    public boolean isAdmin() {
        return caller.isAdmin();
    }

    /** The page a signed-in person starts on. */
    public String home() {
        return homeOf(caller.principal());
    }

    public static String homeOf(Optional<RegistryPrincipal> principal) {
        if (principal.isEmpty()) {
            return "/index.xhtml";
        }
        var roles = principal.get().roles();
        if (roles.contains(Role.OFFICE) || roles.contains(Role.ADMIN)) {
            return "/office/dashboard.xhtml";
        }
        if (roles.contains(Role.AUDITOR)) {
            return "/auditor/worklist.xhtml";
        }
        return "/registrant/dashboard.xhtml";
    }

    public String signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
        return null;
    }
}
