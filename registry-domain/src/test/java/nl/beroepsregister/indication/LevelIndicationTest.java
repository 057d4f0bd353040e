package nl.beroepsregister.indication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.WorkLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Level indication (DOMAIN.md §4) with the AMB register")
class LevelIndicationTest {

    private final Register amb = AmbRegister.create();

    @DisplayName("experience: < 3 years → C, 3 to 5 years (both included) → B, > 5 years → A")
    @ParameterizedTest(name = "{0} years → {1}")
    @CsvSource({
            "0,    C",
            "0.5,  C",
            "2,    C",
            "2.9,  C",
            "3,    B",
            "3.0,  B",
            "4,    B",
            "5,    B",
            "5.0,  B",
            "5.1,  A",
            "6,    A",
            "30,   A"
    })
    void experienceBands(BigDecimal years, Level expected) {
        LevelIndication indication = LevelIndication.of(amb, years, WorkLevel.WO_PLUS, Level.A);

        assertThat(indication.experienceLevel()).isEqualTo(expected);
        assertThat(indication.level()).isEqualTo(expected);
    }

    @DisplayName("work level: MBO+ → C, HBO+ → B, WO+ → A")
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"MBO_PLUS, C", "HBO_PLUS, B", "WO_PLUS, A"})
    void workLevels(WorkLevel workLevel, Level expected) {
        LevelIndication indication = LevelIndication.of(amb, new BigDecimal("10"), workLevel, Level.A);

        assertThat(indication.workLevelLevel()).isEqualTo(expected);
        assertThat(indication.level()).isEqualTo(expected);
    }

    @DisplayName("function content gives the level of the profile column it matches")
    @ParameterizedTest(name = "function content {0}")
    @EnumSource(Level.class)
    void functionLevel(Level function) {
        LevelIndication indication = LevelIndication.of(amb, new BigDecimal("10"), WorkLevel.WO_PLUS, function);

        assertThat(indication.functionLevel()).isEqualTo(function);
        assertThat(indication.level()).isEqualTo(function);
    }

    @DisplayName("the indication is the lowest of experience, work level and function content")
    @ParameterizedTest(name = "{0} years, {1}, function {2} → {3}")
    @CsvSource({
            "6,   WO_PLUS,  A, A",
            "6,   WO_PLUS,  B, B",
            "6,   HBO_PLUS, A, B",
            "4,   WO_PLUS,  A, B",
            "2.9, WO_PLUS,  A, C",
            "6,   MBO_PLUS, A, C",
            "6,   WO_PLUS,  C, C",
            "7,   HBO_PLUS, B, B",
            "3,   HBO_PLUS, B, B",
            "5.1, HBO_PLUS, C, C",
            "0,   MBO_PLUS, C, C"
    })
    void lowestOfTheThreeWins(BigDecimal years, WorkLevel workLevel, Level function, Level expected) {
        LevelIndication indication = LevelIndication.of(amb, years, workLevel, function);

        assertThat(indication.level()).isEqualTo(expected);
    }

    @Test
    @DisplayName("each part keeps its own level, so the reason for each part can be shown")
    void partsAreKept() {
        LevelIndication indication = LevelIndication.of(amb, new BigDecimal("4"), WorkLevel.WO_PLUS, Level.C);

        assertThat(indication).isEqualTo(new LevelIndication(Level.C, Level.B, Level.A, Level.C));
    }

    @DisplayName("reaches(level): the indication is at least the wanted level")
    @ParameterizedTest(name = "indication {0} reaches {1}: {2}")
    @CsvSource({
            "C, C, true",  "C, B, false", "C, A, false",
            "B, C, true",  "B, B, true",  "B, A, false",
            "A, C, true",  "A, B, true",  "A, A, true"
    })
    void reaches(Level indicated, Level wanted, boolean reaches) {
        LevelIndication indication = LevelIndication.of(amb, new BigDecimal("10"), WorkLevel.WO_PLUS, indicated);

        assertThat(indication.reaches(wanted)).isEqualTo(reaches);
    }

    @Test
    @DisplayName("more experience never blocks a lower level: 7 years at HBO+ reaches B but not A")
    void moreExperienceNeverBlocks() {
        LevelIndication indication = LevelIndication.of(amb, new BigDecimal("7"), WorkLevel.HBO_PLUS, Level.B);

        assertThat(indication.reaches(Level.C)).isTrue();
        assertThat(indication.reaches(Level.B)).isTrue();
        assertThat(indication.reaches(Level.A)).isFalse();
    }
}
