package nl.beroepsregister.indication;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.WorkLevel;

/**
 * The self-check before applying (DOMAIN.md §4): each of experience, work level and function content gives a
 * level, and the indication is the lowest of the three. Only an indication: the entry audit decides.
 */
public record LevelIndication(Level level, Level experienceLevel, Level workLevelLevel, Level functionLevel)
        implements Serializable {

    public static LevelIndication of(Register register, BigDecimal experienceYears, WorkLevel workLevel,
                                     Level functionLevel) {
        Level byExperience = register.experienceLevel(experienceYears);
        Level byWorkLevel = register.workLevelLevel(workLevel);
        return new LevelIndication(Level.lowest(byExperience, byWorkLevel, functionLevel),
                byExperience, byWorkLevel, functionLevel);
    }

    /** Whether every part of the indication reaches the given level: the entry conditions of DOMAIN.md §5. */
    public boolean reaches(Level wanted) {
        return level.isAtLeast(wanted);
    }
}
