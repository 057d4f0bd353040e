package nl.beroepsregister.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;
import nl.beroepsregister.account.control.RegistryPrincipal;
import nl.beroepsregister.account.web.RegistryAuthentication;
import nl.beroepsregister.portal.Portal;
import nl.beroepsregister.portal.Words;

/** {@code login.xhtml}: signing in to the portal with a username and password. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    Words words;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String wanted = (String) external.getSessionMap().get(RegistryAuthentication.WANTED);
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            Optional<RegistryPrincipal> principal = securityContext.getPrincipalsByType(RegistryPrincipal.class)
                    .stream().findFirst();
            external.getSessionMap().remove(RegistryAuthentication.WANTED);
            String target = wanted != null && wanted.startsWith("/") && !wanted.startsWith("//")
                    ? wanted : Portal.homeOf(principal);
            external.redirect(external.getRequestContextPath() + target);
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            Object wait = request.getAttribute(RegistryAuthentication.WAIT);
            String text = wait instanceof java.time.Duration duration
                    ? words.format("login.throttled", (int) Math.max(1, (duration.toSeconds() + 59) / 60))
                    : words.get("login.failed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        } else {
            faces.responseComplete();
        }
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
}
