package nl.beroepsregister.account.boundary;

import java.time.Instant;
import java.util.Set;
import nl.beroepsregister.account.Role;

/** What signing in needs to know of an account. */
public record AccountCredentials(Long id, String username, String passwordHash, boolean enabled, Set<Role> roles,
                                 Long registrantId, Instant passwordChangedAt) {
}
