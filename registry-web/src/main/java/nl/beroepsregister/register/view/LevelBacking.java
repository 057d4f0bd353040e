package nl.beroepsregister.register.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.beroepsregister.portal.NotFoundPage;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;
import nl.beroepsregister.register.boundary.LevelSettings;
import nl.beroepsregister.register.boundary.RegisterAdministration;
import nl.beroepsregister.register.boundary.RegisterSettings;

/**
 * {@code admin/level.xhtml?code=&level=}: every number of one level of a register — entry, renewal, certificate — or,
 * without {@code level}, a level the register does not offer yet.
 */
@Named
@ViewScoped
public class LevelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterAdministration administration;

    private String code;
    private Level level;
    private RegisterSettings register;
    private LevelSettings existing;

    private Level newLevel;
    private String functionTitle;
    private WorkLevel minimumWorkLevel = WorkLevel.MBO_PLUS;
    private BigDecimal experienceYears = BigDecimal.ZERO;
    private boolean experienceExclusive;
    private boolean courseRoute;
    private Integer peMinimum = 8;
    private Integer networkMinimum;
    private Integer networkMaximum;
    private Integer certificateValidityMonths = 12;
    private boolean questionnaire;
    private boolean portfolio;
    private boolean portfolioLocalLevel;
    private boolean peerReview;

    public String load() {
        try {
            register = administration.register(code);
        } catch (NotFoundException unknown) {
            return NotFoundPage.show();
        }
        if (level != null) {
            existing = register.levels().stream().filter(l -> l.level() == level).findFirst().orElse(null);
            if (existing == null) {
                return NotFoundPage.show();
            }
            show(existing);
        } else {
            newLevel = getOpenLevels().stream().findFirst().orElse(null);
        }
        return null;
    }

    private void show(LevelSettings settings) {
        functionTitle = settings.functionTitle();
        minimumWorkLevel = settings.minimumWorkLevel();
        experienceYears = settings.experienceYears();
        experienceExclusive = settings.experienceExclusive();
        courseRoute = settings.courseRoute();
        peMinimum = settings.peMinimum();
        networkMinimum = settings.networkMinimum();
        networkMaximum = settings.networkMaximum();
        certificateValidityMonths = settings.certificateValidityMonths();
        questionnaire = settings.questionnaire();
        portfolio = settings.portfolio();
        portfolioLocalLevel = settings.portfolioLocalLevel();
        peerReview = settings.peerReview();
    }

    /** Stores the level and goes back to the register, which lists its levels with the numbers just saved. */
    public String save() {
        LevelSettings settings = new LevelSettings(existing == null ? null : existing.id(),
                existing == null ? 0 : existing.version(), existing == null ? newLevel : existing.level(),
                functionTitle, minimumWorkLevel, experienceYears, experienceExclusive, courseRoute,
                peMinimum == null ? -1 : peMinimum, networkMinimum, networkMaximum,
                certificateValidityMonths == null ? 0 : certificateValidityMonths, questionnaire, portfolio,
                portfolioLocalLevel, peerReview);
        if (existing == null) {
            administration.addLevel(code, register.version(), settings);
        } else {
            administration.changeLevel(code, settings);
        }
        return "/admin/register?faces-redirect=true&code=" + code + "&saved=" + settings.level();
    }

    public boolean isNew() {
        return existing == null;
    }

    /** The levels the register does not offer yet, which may be added. */
    public List<Level> getOpenLevels() {
        return Arrays.stream(Level.values())
                .filter(l -> register.levels().stream().noneMatch(offered -> offered.level() == l))
                .toList();
    }

    public WorkLevel[] getWorkLevels() {
        return WorkLevel.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public RegisterSettings getRegister() {
        return register;
    }

    public Level getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(Level newLevel) {
        this.newLevel = newLevel;
    }

    public String getFunctionTitle() {
        return functionTitle;
    }

    public void setFunctionTitle(String functionTitle) {
        this.functionTitle = functionTitle;
    }

    public WorkLevel getMinimumWorkLevel() {
        return minimumWorkLevel;
    }

    public void setMinimumWorkLevel(WorkLevel minimumWorkLevel) {
        this.minimumWorkLevel = minimumWorkLevel;
    }

    public BigDecimal getExperienceYears() {
        return experienceYears;
    }

    public void setExperienceYears(BigDecimal experienceYears) {
        this.experienceYears = experienceYears;
    }

    public boolean isExperienceExclusive() {
        return experienceExclusive;
    }

    public void setExperienceExclusive(boolean experienceExclusive) {
        this.experienceExclusive = experienceExclusive;
    }

    public boolean isCourseRoute() {
        return courseRoute;
    }

    public void setCourseRoute(boolean courseRoute) {
        this.courseRoute = courseRoute;
    }

    public Integer getPeMinimum() {
        return peMinimum;
    }

    public void setPeMinimum(Integer peMinimum) {
        this.peMinimum = peMinimum;
    }

    public Integer getNetworkMinimum() {
        return networkMinimum;
    }

    public void setNetworkMinimum(Integer networkMinimum) {
        this.networkMinimum = networkMinimum;
    }

    public Integer getNetworkMaximum() {
        return networkMaximum;
    }

    public void setNetworkMaximum(Integer networkMaximum) {
        this.networkMaximum = networkMaximum;
    }

    public Integer getCertificateValidityMonths() {
        return certificateValidityMonths;
    }

    public void setCertificateValidityMonths(Integer certificateValidityMonths) {
        this.certificateValidityMonths = certificateValidityMonths;
    }

    public boolean isQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(boolean questionnaire) {
        this.questionnaire = questionnaire;
    }

    public boolean isPortfolio() {
        return portfolio;
    }

    public void setPortfolio(boolean portfolio) {
        this.portfolio = portfolio;
    }

    public boolean isPortfolioLocalLevel() {
        return portfolioLocalLevel;
    }

    public void setPortfolioLocalLevel(boolean portfolioLocalLevel) {
        this.portfolioLocalLevel = portfolioLocalLevel;
    }

    public boolean isPeerReview() {
        return peerReview;
    }

    public void setPeerReview(boolean peerReview) {
        this.peerReview = peerReview;
    }
}
