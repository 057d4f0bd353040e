package nl.beroepsregister.register;

import java.math.BigDecimal;
import java.util.List;

/**
 * The AMB register exactly as the migration {@code V2__amb_register.sql} defines it, built in memory: the test fixture
 * of every rule that reads the register's numbers.
 */
public final class AmbRegister {

    public static final String CODE = "AMB";
    public static final List<String> DEFAULT_QUESTION_CODES =
            List.of("JOB_CHANGES", "MAIN_FOCUS", "KEY_RESULT", "DEVELOPMENT_WISH");

    private AmbRegister() {
    }

    public static Register create() {
        Register register = new Register(CODE, "Beroepsregister Accountmanager Bedrijven", "R-AMB",
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

    /** The default questionnaire of a level (DOMAIN.md §12.6): four questions for B and A, none for C. */
    public static List<QuestionnaireQuestion> questions(Register register, Level level) {
        if (level == Level.C) {
            return List.of();
        }
        return List.of(
                new QuestionnaireQuestion(register, level, "JOB_CHANGES", 1,
                        "Welke veranderingen waren er dit jaar in uw functie of bij uw werkgever?",
                        "What changed this year in your job or with your employer?"),
                new QuestionnaireQuestion(register, level, "MAIN_FOCUS", 2,
                        "Waar lag dit jaar het zwaartepunt van uw werk?",
                        "What was the main focus of your work this year?"),
                new QuestionnaireQuestion(register, level, "KEY_RESULT", 3,
                        "Wat was dit jaar uw belangrijkste resultaat?",
                        "What was your most important result this year?"),
                new QuestionnaireQuestion(register, level, "DEVELOPMENT_WISH", 4,
                        "Op welk gebied wilt u zich het komende jaar verder ontwikkelen?",
                        "In which area would you like to develop further in the coming year?"));
    }
}
