package nl.beroepsregister.register.boundary;

import java.io.Serializable;
import java.util.List;
import nl.beroepsregister.register.Register;

/** A register as an administrator reads and edits it: its name, title and terms, and its levels. */
public record RegisterSettings(Long id, long version, String code, String name, String titleAbbreviation,
                               String titleName, int deadlineMonths, int courseExemptionMonths,
                               List<LevelSettings> levels) implements Serializable {

    public static RegisterSettings of(Register register) {
        return new RegisterSettings(register.getId(), register.getVersion(), register.getCode(), register.getName(),
                register.getTitleAbbreviation(), register.getTitleName(), register.getDeadlineMonths(),
                register.getCourseExemptionMonths(),
                register.getLevels().stream()
                        .sorted((a, b) -> a.getLevel().compareTo(b.getLevel()))
                        .map(LevelSettings::of).toList());
    }
}
