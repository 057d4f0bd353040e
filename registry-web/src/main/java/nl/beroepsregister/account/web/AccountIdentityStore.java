package nl.beroepsregister.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.boundary.AccountCredentials;
import nl.beroepsregister.account.boundary.Accounts;
import nl.beroepsregister.account.control.PasswordHashing;
import nl.beroepsregister.account.control.RegistryPrincipal;

/** Checks usernames and passwords against the register's accounts; the account's roles become the caller's groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    VerifiedCredentials verified;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = given.getCaller();
        String password = given.getPasswordAsString();
        Optional<AccountCredentials> found = accounts.credentials(username);
        if (found.isEmpty() || password == null) {
            passwords.verifyNothing(password == null ? "" : password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        AccountCredentials account = found.get();
        boolean valid = verified.matches(account.username(), password, account.passwordHash());
        if (!valid && passwords.verify(password, account.passwordHash())) {
            verified.remember(account.username(), password, account.passwordHash());
            valid = true;
        }
        if (!valid || !account.enabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                new RegistryPrincipal(account.username(), account.roles(), account.registrantId()),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
