package nl.beroepsregister.registration.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registration.boundary.PublicRegister;
import nl.beroepsregister.registration.boundary.PublicRegistration;

/**
 * {@code public/register.xhtml}: the public register. A registration number finds that registration, whatever its
 * status; a name finds the active registrations whose holder's name contains it. Nothing else about a person shows.
 */
@Named
@ViewScoped
public class PublicRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z]{2,16}-\\d{1,9}");

    @Inject
    PublicRegister publicRegister;

    private String query;
    private List<PublicRegistration> found;
    private boolean searched;

    /** Runs the search given in the address ({@code ?q=}), so that a search result can be linked to. */
    public void load() {
        if (query != null && !query.isBlank()) {
            search();
        }
    }

    public void search() {
        searched = true;
        String text = query == null ? "" : query.strip();
        if (NUMBER.matcher(text).matches()) {
            try {
                found = List.of(publicRegister.lookup(text));
            } catch (NotFoundException unknown) {
                found = List.of();
            }
        } else {
            found = publicRegister.search(text);
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<PublicRegistration> getFound() {
        return found;
    }

    /** Whether any registrant found chose to show their employer: only then is there a column for it. */
    public boolean isEmployerShown() {
        return found != null && found.stream().anyMatch(registration -> registration.employer() != null);
    }

    public boolean isSearched() {
        return searched;
    }
}
