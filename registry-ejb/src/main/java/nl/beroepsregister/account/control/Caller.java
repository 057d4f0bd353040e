package nl.beroepsregister.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.StatusChange;

/**
 * Who is calling a boundary, and what they may see. Boundaries check here again what the API and the pages already
 * hide: a role that may not act is refused, and a registrant never learns that another registrant's data exists.
 */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityContext securityContext;

    public Optional<RegistryPrincipal> principal() {
        try {
            return securityContext.getPrincipalsByType(RegistryPrincipal.class).stream().findFirst();
        } catch (IllegalStateException | SecurityException noSecurityContext) {
            return Optional.empty();
        }
    }

    /** The username to record as the actor; the register itself when no person is calling (the daily run). */
    public String username() {
        return principal().map(RegistryPrincipal::getName).orElse(StatusChange.SYSTEM);
    }

    public boolean has(Role role) {
        return principal().map(p -> p.roles().contains(role)).orElse(false);
    }

    /** The office, or an administrator, who may do everything the office may. */
    public boolean isOffice() {
        return has(Role.OFFICE) || has(Role.ADMIN);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public Optional<Long> registrantId() {
        return principal().map(RegistryPrincipal::registrantId);
    }

    public void requireOffice() {
        if (!isOffice()) {
            throw AccessDeniedException.forbidden();
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw AccessDeniedException.forbidden();
        }
    }

    /**
     * Allows the office any registrant's data and a registrant their own; another registrant's data is "not found",
     * and any other role is refused.
     */
    public void requireOwnOrOffice(Registrant registrant, String what, Object id) {
        if (isOffice()) {
            return;
        }
        if (has(Role.REGISTRANT)) {
            if (registrantId().filter(registrant.getId()::equals).isPresent()) {
                return;
            }
            throw NotFoundException.of(what, id);
        }
        throw AccessDeniedException.forbidden();
    }
}
