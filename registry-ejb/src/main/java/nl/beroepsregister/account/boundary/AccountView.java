package nl.beroepsregister.account.boundary;

import java.time.Instant;
import java.util.Set;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.account.Role;

public record AccountView(Long id, String username, Set<Role> roles, boolean enabled, Long registrantId,
                          Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(account.getId(), account.getUsername(), account.getRoles(), account.isEnabled(),
                account.getRegistrant() == null ? null : account.getRegistrant().getId(), account.getCreatedAt());
    }
}
