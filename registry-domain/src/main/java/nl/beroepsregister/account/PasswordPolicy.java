package nl.beroepsregister.account;

import java.util.Locale;
import java.util.Set;
import nl.beroepsregister.problem.InvalidInputException;

/**
 * What a password must be (NIST SP 800-63B): at least eight characters and at most 128, any characters including
 * spaces, not one of the passwords everyone tries first, and not the username itself. No rules of composition, which
 * only lead to "Welkom01!".
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** The passwords tried first in every guessing attack, Dutch and English. */
    private static final Set<String> COMMON = Set.of("12345678", "123456789", "1234567890", "password", "password1",
            "password123", "wachtwoord", "wachtwoord1", "wachtwoord123", "welkom01", "welkom123", "welkom2026",
            "qwerty123", "qwertyuiop", "iloveyou", "geheim123", "letmein1", "abc12345", "11111111", "00000000",
            "zomer2026", "winter2026", "voorjaar2026", "najaar2026", "gemeente", "gemeente1", "gemeente123",
            "accountmanager", "beroepsregister", "registerbureau", "amsterdam", "rotterdam", "utrecht1");

    private PasswordPolicy() {
    }

    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInputException.of("password", "rule.account.passwordTooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw InvalidInputException.of("password", "rule.account.passwordTooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw InvalidInputException.of("password", "rule.account.passwordCommon");
        }
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw InvalidInputException.of("password", "rule.account.passwordHasUsername");
        }
    }
}
