package nl.beroepsregister.account.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.control.PasswordHashing;

/** An account as the administrator manages it: its roles, whether it is enabled, and whether it has a password. */
public record AccountSummary(Long id, long version, String username, Set<Role> roles, boolean enabled,
                             Long registrantId, Instant createdAt, boolean passwordSet) implements Serializable {

    static AccountSummary of(Account account) {
        return new AccountSummary(account.getId(), account.getVersion(), account.getUsername(), account.getRoles(),
                account.isEnabled(), account.getRegistrant() == null ? null : account.getRegistrant().getId(),
                account.getCreatedAt(), !PasswordHashing.NO_PASSWORD.equals(account.getPasswordHash()));
    }

    /** A staff account (auditor, office, administrator), not a registrant's own login. */
    public boolean staff() {
        return registrantId == null;
    }

    public boolean has(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }
}
