package nl.beroepsregister.register.boundary;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.RegisterLevel;

/** A register as a registrant chooses it: its name, its title, and what each of its levels asks, lowest first. */
public record RegisterSummary(String code, String name, String titleAbbreviation, String titleName,
                              List<LevelRequirements> levels) implements Serializable {

    static RegisterSummary of(Register register) {
        return new RegisterSummary(register.getCode(), register.getName(), register.getTitleAbbreviation(),
                register.getTitleName(), register.getLevels().stream()
                        .sorted(Comparator.comparing(RegisterLevel::getLevel))
                        .map(LevelRequirements::of)
                        .toList());
    }

    public Optional<LevelRequirements> level(Level level) {
        return levels.stream().filter(candidate -> candidate.level() == level).findFirst();
    }
}
