package nl.beroepsregister.register;

import java.math.BigDecimal;

/**
 * The AMB register as the migration {@code V2__amb_register.sql} defines it, built in memory (a copy of the domain
 * tests' fixture, which this module cannot see).
 */
public final class AmbRegister {

    private AmbRegister() {
    }

    public static Register create() {
        Register register = new Register("AMB", "Beroepsregister Accountmanager Bedrijven", "R-AMB",
                "Geregistreerd Accountmanager Bedrijven", 2, 12);
        register.addLevel(new RegisterLevel(Level.C, "Accountmanager Bedrijven niveau C / Klantmanager Bedrijven",
                WorkLevel.MBO_PLUS, new BigDecimal("0"), false, false,
                new PeRequirement(8, null, null), 12, DossierContent.DECLARATION_AND_PE_ONLY));
        register.addLevel(new RegisterLevel(Level.B, "Accountmanager Bedrijven niveau B / Relatiemanager Bedrijven",
                WorkLevel.HBO_PLUS, new BigDecimal("3"), false, true,
                new PeRequirement(12, null, null), 24, new DossierContent(true, true, false, true)));
        register.addLevel(new RegisterLevel(Level.A,
                "Accountmanager Bedrijven niveau A / Senior Relatiemanager Bedrijven",
                WorkLevel.WO_PLUS, new BigDecimal("5"), true, false,
                new PeRequirement(20, 6, 10), 24, new DossierContent(true, true, true, true)));
        return register;
    }
}
