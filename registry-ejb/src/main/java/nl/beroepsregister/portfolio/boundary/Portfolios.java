package nl.beroepsregister.portfolio.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.DocumentKind;
import nl.beroepsregister.document.UploadLimits;
import nl.beroepsregister.document.control.Documents;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.boundary.PortfolioView;
import nl.beroepsregister.renewal.control.CompletenessCheck;
import nl.beroepsregister.time.RegistryClock;

/** The portfolio activity of a B or A registration year: proposal, judgement and practice report. */
@Stateless
public class Portfolios {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    RegistrationAccess access;

    @Inject
    CompletenessCheck completeness;

    @Inject
    Documents documents;

    @Audited(value = "portfolio.proposed", subject = "registration")
    public PortfolioView propose(Long registrationId, String title, String description, boolean localLevel,
                                 Long version) {
        RegistrationYear year = access.forChange(registrationId, version).dossierYear(clock.today());
        PortfolioActivity proposal = year.propose(title, description, localLevel, completeness.rules(year),
                clock.now(), caller.username());
        em.flush();
        return PortfolioView.of(proposal);
    }

    public PortfolioView get(Long portfolioId) {
        return PortfolioView.of(visible(portfolioId));
    }

    /** Approves or rejects (with a reason) a proposal; by the office or an auditor. */
    @Audited(value = "portfolio.decided", subject = "portfolio")
    public PortfolioView decide(Long portfolioId, boolean approved, String reason) {
        if (!caller.isOffice() && !caller.has(Role.AUDITOR)) {
            if (caller.has(Role.REGISTRANT)) {
                visible(portfolioId);
            }
            throw AccessDeniedException.forbidden();
        }
        PortfolioActivity portfolio = load(portfolioId);
        RegistrationYear year = portfolio.getYear();
        access.lockForChange(year.getRegistration());
        if (approved) {
            portfolio.approve(completeness.rules(year).dossierContent().portfolioLocalLevel(), clock.now(),
                    caller.username());
        } else {
            portfolio.reject(reason, clock.now(), caller.username());
        }
        return PortfolioView.of(portfolio);
    }

    /** The practice report, a PDF, uploaded after approval and before the peer-review meeting. */
    @Audited(value = "document.uploaded", subject = "portfolio")
    public PortfolioView uploadReport(Long portfolioId, String filename, byte[] content) {
        PortfolioActivity portfolio = visible(portfolioId);
        RegistrationYear year = portfolio.getYear();
        access.lockForChange(year.getRegistration());
        LocalDate today = clock.today();
        year.getRegistration().dossierYear(today);
        Document previous = portfolio.getReport();
        UploadLimits limits = documents.perDossier();
        limits.requireRoom(year.documents(), previous, content.length);
        Document report = documents.store(DocumentKind.PRACTICE_REPORT, filename, content);
        year.attachReport(portfolio, report, today, limits);
        if (previous != null) {
            em.flush();
            documents.remove(previous);
        }
        return PortfolioView.of(portfolio);
    }

    @Audited(value = "document.downloaded", subject = "portfolio")
    public byte[] reportContent(Long portfolioId) {
        PortfolioActivity portfolio = visible(portfolioId);
        if (portfolio.getReport() == null) {
            throw NotFoundException.of("document", portfolioId);
        }
        return documents.content(portfolio.getReport());
    }

    private PortfolioActivity load(Long portfolioId) {
        PortfolioActivity portfolio = portfolioId == null ? null : em.find(PortfolioActivity.class, portfolioId);
        if (portfolio == null) {
            throw NotFoundException.of("portfolio", portfolioId);
        }
        return portfolio;
    }

    /** The office and auditors see every proposal, a registrant their own. */
    private PortfolioActivity visible(Long portfolioId) {
        PortfolioActivity portfolio = load(portfolioId);
        if (!caller.has(Role.AUDITOR)) {
            caller.requireOwnOrOffice(portfolio.getYear().getRegistration().getRegistrant(), "portfolio",
                    portfolioId);
        }
        return portfolio;
    }
}
