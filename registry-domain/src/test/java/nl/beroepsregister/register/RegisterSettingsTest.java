package nl.beroepsregister.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.beroepsregister.problem.ConflictException;
import nl.beroepsregister.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A register's numbers as an administrator edits them")
class RegisterSettingsTest {

    static List<String> fields(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            return refused.violations().stream().map(InvalidInputException.Violation::field).toList();
        }
        return List.of();
    }

    @Test
    @DisplayName("a new register is refused with every wrong field named at once")
    void newRegister() {
        assertThat(fields(() -> new Register("p-c", " ", "R-PCM", "", 12, -1)))
                .containsExactly("code", "name", "titleName", "deadlineMonths", "courseExemptionMonths");
        Register pcm = new Register("PCM", " Park- en Citymanagers ", "R-PCM", "Geregistreerd PCM", 3, 12);
        assertThat(pcm.getName()).isEqualTo("Park- en Citymanagers");
        assertThat(pcm.getDeadlineMonths()).isEqualTo(3);
    }

    @Test
    @DisplayName("a level's numbers: ranges, network minimum not above the maximum, local level only with a portfolio")
    void levelNumbers() {
        RegisterLevel b = AmbRegister.create().getLevel(Level.B);

        assertThat(fields(() -> b.change("", WorkLevel.HBO_PLUS, new BigDecimal("2.25"), false, false, -1, 8, 6, 0,
                new DossierContent(true, false, true, true))))
                .containsExactly("functionTitle", "experienceYears", "peMinimum", "networkMaximum",
                        "certificateValidityMonths", "portfolioLocalLevel");
        assertThat(b.peRequirement().minimum()).as("nothing changed").isEqualTo(12);

        b.change("Park- en Citymanager B", WorkLevel.HBO_PLUS, new BigDecimal("2.5"), false, true, 16, 4, 8, 36,
                new DossierContent(true, true, true, true));
        assertThat(b.peRequirement()).isEqualTo(new PeRequirement(16, 4, 8));
        assertThat(b.getExperienceYears()).isEqualByComparingTo("2.5");
        assertThat(b.getCertificateValidityMonths()).isEqualTo(36);
        assertThat(b.dossierContent().portfolioLocalLevel()).isTrue();
    }

    @Test
    @DisplayName("a register offers each level once; a stale version is refused")
    void levelsOnceAndVersions() {
        Register amb = AmbRegister.create();
        RegisterLevel another = RegisterLevel.of(Level.C, "Nog een C", WorkLevel.MBO_PLUS, BigDecimal.ZERO, false,
                false, 8, null, null, 12, DossierContent.DECLARATION_AND_PE_ONLY);

        assertThatThrownBy(() -> amb.addLevel(another)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> amb.requireVersion(7L)).isInstanceOf(ConflictException.class);
        amb.requireVersion(0L);
    }

    @Test
    @DisplayName("a question's code is fixed and well-formed; its wording and order are checked")
    void questions() {
        Register amb = AmbRegister.create();
        assertThat(fields(() -> new QuestionnaireQuestion(amb, Level.B, "local partners", 0, "", "x")))
                .containsExactly("code", "position", "textNl");

        QuestionnaireQuestion question = new QuestionnaireQuestion(amb, Level.B, "LOCAL_PARTNERS", 5, "Wie?", "Who?");
        question.change(6, "Met wie?", "With whom?", false);
        assertThat(question.isActive()).isFalse();
        assertThat(question.getPosition()).isEqualTo(6);
        assertThat(fields(() -> question.change(100, "x", "y", true))).containsExactly("position");
    }
}
