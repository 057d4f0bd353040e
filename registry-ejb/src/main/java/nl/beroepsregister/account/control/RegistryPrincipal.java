package nl.beroepsregister.account.control;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Set;
import nl.beroepsregister.account.Role;

/** The signed-in person as the register knows them: their username, granted roles and, for a registrant, who they are. */
public class RegistryPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Set<Role> roles;
    private final Long registrantId;

    public RegistryPrincipal(String username, Set<Role> roles, Long registrantId) {
        super(username);
        this.roles = Set.copyOf(roles);
        this.registrantId = registrantId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Long registrantId() {
        return registrantId;
    }
}
