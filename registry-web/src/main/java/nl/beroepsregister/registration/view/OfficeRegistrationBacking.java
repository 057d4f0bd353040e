package nl.beroepsregister.registration.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.beroepsregister.certificate.boundary.CertificateView;
import nl.beroepsregister.certificate.boundary.Certificates;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.portfolio.PortfolioStatus;
import nl.beroepsregister.portfolio.boundary.Portfolios;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registrant.boundary.RegistrantView;
import nl.beroepsregister.registrant.boundary.Registrants;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.boundary.RegistrationView;
import nl.beroepsregister.registration.boundary.Registrations;
import nl.beroepsregister.reminder.boundary.ReminderView;
import nl.beroepsregister.reminder.boundary.Reminders;
import nl.beroepsregister.renewal.DossierStatus;
import nl.beroepsregister.renewal.RequirementCheck;
import nl.beroepsregister.renewal.boundary.PortfolioView;
import nl.beroepsregister.renewal.boundary.Renewals;
import nl.beroepsregister.renewal.boundary.YearDossier;
import nl.beroepsregister.renewal.boundary.YearDossiers;

/**
 * {@code office/registration.xhtml?id=}: one registration with everything the office keeps about it (status history,
 * every year and its dossier with the evidence, reminders, certificates) and the office's actions on it. Each action
 * carries the version of the registration this page showed, so that a change someone else made in the meantime is
 * refused ("changed by someone else, reload") instead of overwritten; what the reader typed stays on the page.
 */
@Named
@ViewScoped
public class OfficeRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Inject
    Registrants registrants;

    @Inject
    YearDossiers yearDossiers;

    @Inject
    Renewals renewals;

    @Inject
    Portfolios portfolios;

    @Inject
    Certificates certificates;

    @Inject
    Reminders reminders;

    @Inject
    Words words;

    private Long id;
    private RegistrationView registration;
    private RegistrantView registrant;
    private List<YearDossier> years;
    private List<CertificateView> certificateList;
    private List<ReminderView> reminderLog;

    /** The reasons the reviewer gives, per requirement code, and in general. */
    private final Map<String, String> requirementReasons = new HashMap<>();
    private String decisionReason;
    private String portfolioReason;
    private String strikeOffReason;
    private String withdrawalReason;

    public void load() throws IOException {
        try {
            registration = registrations.get(id);
        } catch (NotFoundException unknown) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "unknown registration");
            faces.responseComplete();
            return;
        }
        registrant = registrants.get(registration.registrantId());
        years = yearDossiers.of(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        certificateList = certificates.of(id);
        reminderLog = reminders.log(id);
    }

    // --- what the page shows ---

    /** The dossier of the year the office decides on now: the registration's current year. */
    public Optional<YearDossier> getReview() {
        if (registration == null || registration.year() == null) {
            return Optional.empty();
        }
        return years.stream().filter(y -> y.renewal().year().id().equals(registration.year().id())).findFirst();
    }

    public boolean isReviewable() {
        return getReview().map(y -> y.renewal().status() == DossierStatus.SUBMITTED).orElse(false);
    }

    /** The current year's portfolio proposal, while it waits for judgement. */
    public PortfolioView getProposal() {
        return getReview().map(y -> y.renewal().portfolio())
                .filter(p -> p.status() == PortfolioStatus.PROPOSED)
                .orElse(null);
    }

    public boolean isActive() {
        return registration != null && registration.status() == RegistrationStatus.ACTIVE;
    }

    // --- actions ---

    public String approveDossier() {
        renewals.decide(id, true, false, null, registration.version());
        return done("work.done.approved");
    }

    public String returnDossier() {
        renewals.decide(id, false, false, reasons(), registration.version());
        return done("work.done.returned");
    }

    public String refuseDossier() {
        renewals.decide(id, false, true, reasons(), registration.version());
        return done("work.done.refused");
    }

    /** The reasons per requirement, each on a line of its own after the requirement's name, then the general one. */
    String reasons() {
        StringBuilder text = new StringBuilder();
        getReview().ifPresent(year -> {
            for (RequirementCheck check : year.renewal().requirements()) {
                String reason = requirementReasons.get(check.requirement().name());
                if (reason != null && !reason.isBlank()) {
                    text.append(words.get("work.requirement." + check.requirement())).append(": ")
                            .append(reason.strip()).append('\n');
                }
            }
        });
        if (decisionReason != null && !decisionReason.isBlank()) {
            text.append(decisionReason.strip());
        }
        return text.toString().strip();
    }

    public String approvePortfolio(Long portfolioId) {
        portfolios.decide(portfolioId, true, null);
        return done("work.done.portfolioApproved");
    }

    public String rejectPortfolio(Long portfolioId) {
        portfolios.decide(portfolioId, false, portfolioReason);
        return done("work.done.portfolioRejected");
    }

    public String strikeOff() {
        registrations.change(id, RegistrationStatus.STRUCK_OFF, strikeOffReason, registration.version());
        return done("work.done.struckOff");
    }

    public String withdraw() {
        registrations.change(id, RegistrationStatus.WITHDRAWN, withdrawalReason, registration.version());
        return done("work.done.withdrawn");
    }

    /** Tells what happened and shows the registration as it is now. */
    private String done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, words.get(key), ""));
        external.getFlash().setKeepMessages(true);
        return "/office/registration?faces-redirect=true&id=" + id;
    }

    // --- properties ---

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    public RegistrantView getRegistrant() {
        return registrant;
    }

    public List<YearDossier> getYears() {
        return years;
    }

    public List<CertificateView> getCertificates() {
        return certificateList;
    }

    public List<ReminderView> getReminders() {
        return reminderLog;
    }

    public Map<String, String> getRequirementReasons() {
        return requirementReasons;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public String getPortfolioReason() {
        return portfolioReason;
    }

    public void setPortfolioReason(String portfolioReason) {
        this.portfolioReason = portfolioReason;
    }

    public String getStrikeOffReason() {
        return strikeOffReason;
    }

    public void setStrikeOffReason(String strikeOffReason) {
        this.strikeOffReason = strikeOffReason;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
