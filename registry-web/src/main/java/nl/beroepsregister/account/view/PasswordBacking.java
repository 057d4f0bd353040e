package nl.beroepsregister.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.beroepsregister.account.boundary.Accounts;
import nl.beroepsregister.portal.Words;

/** {@code account/password.xhtml}: changing one's own password, which asks for the current one. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    Accounts accounts;

    @Inject
    Words words;

    private String current;
    private String replacement;
    private String repeated;
    private boolean changed;

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (replacement == null || !replacement.equals(repeated)) {
            faces.addMessage("password:repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    words.get("password.notRepeated"), null));
            faces.validationFailed();
            return;
        }
        accounts.changeOwnPassword(current, replacement);
        changed = true;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, words.get("password.changed"), null));
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return null;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return null;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public boolean isChanged() {
        return changed;
    }
}
