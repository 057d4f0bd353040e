package nl.beroepsregister.renewal;

import static nl.beroepsregister.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.beroepsregister.Fixtures;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.PeRequirement;
import nl.beroepsregister.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("PE points of a registration year (DOMAIN.md §7)")
class PeTallyTest {

    private static final Register AMB = AmbRegister.create();
    private static final PeRequirement C = AMB.getLevel(Level.C).peRequirement();
    private static final PeRequirement B = AMB.getLevel(Level.B).peRequirement();
    private static final PeRequirement A = AMB.getLevel(Level.A).peRequirement();

    @Test
    @DisplayName("the AMB levels ask 8, 12 and 20 points, A with 6 to 10 network points")
    void ambRequirements() {
        assertThat(C).isEqualTo(new PeRequirement(8, null, null));
        assertThat(B).isEqualTo(new PeRequirement(12, null, null));
        assertThat(A).isEqualTo(new PeRequirement(20, 6, 10));
    }

    @DisplayName("C: at least 8 points, of any category")
    @ParameterizedTest(name = "training {0} + network {1} → counted {2}, met {3}")
    @CsvSource({
            "0, 0,  0, false",
            "7, 0,  7, false",
            "8, 0,  8, true",
            "9, 0,  9, true",
            "0, 7,  7, false",
            "0, 8,  8, true",
            "0, 9,  9, true",
            "4, 3,  7, false",
            "4, 4,  8, true",
            "5, 4,  9, true",
            "0, 40, 40, true"
    })
    void levelC(int training, int network, int counted, boolean met) {
        PeTally tally = PeTally.of(training, network, C, false);

        assertThat(tally.counted()).isEqualTo(counted);
        assertThat(tally.required()).isEqualTo(8);
        assertThat(tally.met()).isEqualTo(met);
        assertThat(tally.networkShort()).isFalse();
        assertThat(tally.pointsShort()).isEqualTo(Math.max(0, 8 - counted));
    }

    @DisplayName("B: at least 12 points, of any category")
    @ParameterizedTest(name = "training {0} + network {1} → counted {2}, met {3}")
    @CsvSource({
            "11, 0,  11, false",
            "12, 0,  12, true",
            "13, 0,  13, true",
            "0,  11, 11, false",
            "0,  12, 12, true",
            "0,  13, 13, true",
            "6,  5,  11, false",
            "6,  6,  12, true",
            "7,  6,  13, true",
            "0,  25, 25, true"
    })
    void levelB(int training, int network, int counted, boolean met) {
        PeTally tally = PeTally.of(training, network, B, false);

        assertThat(tally.counted()).isEqualTo(counted);
        assertThat(tally.required()).isEqualTo(12);
        assertThat(tally.met()).isEqualTo(met);
        assertThat(tally.networkShort()).isFalse();
    }

    @DisplayName("A: counted = training + min(network, 10); met when network ≥ 6 and counted ≥ 20")
    @ParameterizedTest(name = "training {0} + network {1} → counted {2}, network short {3}, met {4}")
    @CsvSource({
            "15, 5,  20, true,  false",
            "20, 5,  25, true,  false",
            "14, 6,  20, false, true",
            "13, 6,  19, false, false",
            "15, 6,  21, false, true",
            "10, 10, 20, false, true",
            "9,  10, 19, false, false",
            "10, 11, 20, false, true",
            "9,  11, 19, false, false",
            "11, 11, 21, false, true",
            "0,  20, 10, false, false",
            "0,  40, 10, false, false",
            "10, 40, 20, false, true",
            "40, 0,  40, true,  false",
            "0,  0,  0,  true,  false"
    })
    void levelA(int training, int network, int counted, boolean networkShort, boolean met) {
        PeTally tally = PeTally.of(training, network, A, false);

        assertThat(tally.training()).isEqualTo(training);
        assertThat(tally.network()).as("network points are recorded in full").isEqualTo(network);
        assertThat(tally.counted()).isEqualTo(counted);
        assertThat(tally.required()).isEqualTo(20);
        assertThat(tally.networkMin()).isEqualTo(6);
        assertThat(tally.networkMax()).isEqualTo(10);
        assertThat(tally.networkShort()).isEqualTo(networkShort);
        assertThat(tally.met()).isEqualTo(met);
    }

    @Test
    @DisplayName("A: network 5 with training 15 counts 20 but is not met, for lack of network points")
    void enoughPointsButNetworkShort() {
        PeTally tally = PeTally.of(15, 5, A, false);

        assertThat(tally.counted()).isEqualTo(20);
        assertThat(tally.pointsShort()).isZero();
        assertThat(tally.networkShort()).isTrue();
        assertThat(tally.met()).isFalse();
    }

    @DisplayName("an exempt year is met with zero points, and still shows the level's number")
    @ParameterizedTest(name = "level {0}")
    @EnumSource(Level.class)
    void exemptYear(Level level) {
        PeRequirement requirement = AMB.getLevel(level).peRequirement();

        PeTally tally = PeTally.of(0, 0, requirement, true);

        assertThat(tally.met()).isTrue();
        assertThat(tally.exempt()).isTrue();
        assertThat(tally.counted()).isZero();
        assertThat(tally.required()).isEqualTo(requirement.minimum());
        assertThat(tally.networkShort()).isFalse();
    }

    @Test
    @DisplayName("activities are summed per category")
    void talliesActivities() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate today = start.plusMonths(6);
        RegistrationYear year = Fixtures.admit(AMB, Level.A, start).latestYear();
        year.addPeActivity(start, "Congres", "VNG", 8, PeCategory.TRAINING, today, at(today), Fixtures.REGISTRANT);
        year.addPeActivity(start.plusDays(1), "Leergang", "NCW", 7, PeCategory.TRAINING, today, at(today),
                Fixtures.REGISTRANT);
        year.addPeActivity(start.plusDays(2), "Netwerk", "OFB", 6, PeCategory.NETWORK, today, at(today),
                Fixtures.REGISTRANT);
        year.addPeActivity(start.plusDays(3), "Beroepsgroep", "AMB", 6, PeCategory.NETWORK, today, at(today),
                Fixtures.REGISTRANT);

        PeTally tally = year.peTally(AMB.getLevel(Level.A));

        assertThat(tally.training()).isEqualTo(15);
        assertThat(tally.network()).isEqualTo(12);
        assertThat(tally.counted()).isEqualTo(25);
        assertThat(tally.met()).isTrue();
    }
}
