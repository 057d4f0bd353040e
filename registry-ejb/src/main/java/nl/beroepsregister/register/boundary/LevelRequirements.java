package nl.beroepsregister.register.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.beroepsregister.register.DossierContent;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.PeRequirement;
import nl.beroepsregister.register.RegisterLevel;
import nl.beroepsregister.register.WorkLevel;

/**
 * What one level of a register asks: to enter it (function, work level, experience, the course route) and every year
 * to renew it (PE points and the parts of the dossier).
 */
public record LevelRequirements(Level level, String functionTitle, WorkLevel minimumWorkLevel,
                                BigDecimal experienceYears, boolean experienceExclusive, boolean courseRoute,
                                PeRequirement pe, int certificateValidityMonths, DossierContent dossier)
        implements Serializable {

    static LevelRequirements of(RegisterLevel level) {
        return new LevelRequirements(level.getLevel(), level.getFunctionTitle(), level.getMinimumWorkLevel(),
                level.getExperienceYears(), level.isExperienceExclusive(), level.isCourseRoute(),
                level.peRequirement(), level.getCertificateValidityMonths(), level.dossierContent());
    }
}
