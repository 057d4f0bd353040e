package nl.beroepsregister.register.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.beroepsregister.register.DossierContent;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.RegisterLevel;
import nl.beroepsregister.register.WorkLevel;

/** Every number of one level of a register (DOMAIN.md §5, §7, §8), as an administrator reads and edits them. */
public record LevelSettings(Long id, long version, Level level, String functionTitle, WorkLevel minimumWorkLevel,
                            BigDecimal experienceYears, boolean experienceExclusive, boolean courseRoute,
                            int peMinimum, Integer networkMinimum, Integer networkMaximum,
                            int certificateValidityMonths, boolean questionnaire, boolean portfolio,
                            boolean portfolioLocalLevel, boolean peerReview) implements Serializable {

    public static LevelSettings of(RegisterLevel level) {
        var pe = level.peRequirement();
        DossierContent content = level.dossierContent();
        return new LevelSettings(level.getId(), level.getVersion(), level.getLevel(), level.getFunctionTitle(),
                level.getMinimumWorkLevel(), level.getExperienceYears(), level.isExperienceExclusive(),
                level.isCourseRoute(), pe.minimum(), pe.networkMinimum(), pe.networkMaximum(),
                level.getCertificateValidityMonths(), content.questionnaire(), content.portfolio(),
                content.portfolioLocalLevel(), content.peerReview());
    }

    public DossierContent content() {
        return new DossierContent(questionnaire, portfolio, portfolioLocalLevel, peerReview);
    }
}
