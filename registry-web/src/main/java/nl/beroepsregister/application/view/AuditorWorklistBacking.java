package nl.beroepsregister.application.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import nl.beroepsregister.application.boundary.ApplicationView;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.application.boundary.DecisionResult;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.portfolio.boundary.Portfolios;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.boundary.WorkItem;
import nl.beroepsregister.registration.boundary.Worklist;
import nl.beroepsregister.registration.boundary.Worklists;
import nl.beroepsregister.registration.view.WorklistModel;
import nl.beroepsregister.renewal.boundary.PortfolioView;
import nl.beroepsregister.time.RegistryClock;

/**
 * {@code auditor/worklist.xhtml}: the audits planned with the signed-in auditor and the portfolio proposals waiting
 * for judgement, and nothing else; the auditor records an audit's outcome and judges a proposal here. The boundaries
 * refuse an auditor anyone else's audit, whatever this page asks.
 */
@Named
@ViewScoped
public class AuditorWorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklists worklists;

    @Inject
    Applications applications;

    @Inject
    Portfolios portfolios;

    @Inject
    RegistryClock clock;

    @Inject
    Words words;

    private WorklistModel audits;
    private WorklistModel proposals;
    private ApplicationView application;
    private AuditForm outcome;
    private PortfolioView portfolio;
    private WorkItem portfolioRow;
    private String portfolioReason;

    @PostConstruct
    void init() {
        audits = new WorklistModel(worklists, Worklist.MY_AUDITS, Map.of());
        proposals = new WorklistModel(worklists, Worklist.PORTFOLIOS, Map.of());
    }

    public void openAudit(Long applicationId) {
        application = applications.get(applicationId);
        outcome = new AuditForm(application, clock.today());
        portfolio = null;
    }

    public void openProposal(WorkItem row) {
        portfolio = portfolios.get(row.id());
        portfolioRow = row;
        portfolioReason = null;
        application = null;
    }

    public String recordOutcome(Long applicationId) {
        DecisionResult result = outcome.decide(applications);
        return done(result.registrationNumber() == null ? words.get("work.done.rejected")
                : words.format("work.done.passed", result.registrationNumber()));
    }

    public String approvePortfolio(Long portfolioId) {
        portfolios.decide(portfolioId, true, null);
        return done(words.get("work.done.portfolioApproved"));
    }

    public String rejectPortfolio(Long portfolioId) {
        portfolios.decide(portfolioId, false, portfolioReason);
        return done(words.get("work.done.portfolioRejected"));
    }

    private String done(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/auditor/worklist?faces-redirect=true";
    }

    public WorklistModel getAudits() {
        return audits;
    }

    public WorklistModel getProposals() {
        return proposals;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public AuditForm getOutcome() {
        return outcome;
    }

    public PortfolioView getPortfolio() {
        return portfolio;
    }

    public WorkItem getPortfolioRow() {
        return portfolioRow;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public String getPortfolioReason() {
        return portfolioReason;
    }

    public void setPortfolioReason(String portfolioReason) {
        this.portfolioReason = portfolioReason;
    }
}
