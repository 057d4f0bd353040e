package nl.beroepsregister.registration.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.application.boundary.ApplicationView;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.certificate.CertificateState;
import nl.beroepsregister.certificate.boundary.CertificateView;
import nl.beroepsregister.certificate.boundary.Certificates;
import nl.beroepsregister.register.boundary.LevelRequirements;
import nl.beroepsregister.register.boundary.RegisterSummary;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registrant.boundary.RegistrantView;
import nl.beroepsregister.registrant.boundary.Registrants;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.boundary.RegistrationView;
import nl.beroepsregister.registration.boundary.Registrations;
import nl.beroepsregister.renewal.Requirement;
import nl.beroepsregister.renewal.boundary.RenewalView;
import nl.beroepsregister.renewal.boundary.Renewals;
import nl.beroepsregister.renewal.view.DossierBacking;
import nl.beroepsregister.text.Texts;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code registrant/dashboard.xhtml}: the signed-in registrant's registrations, the active one first, each with its
 * year, deadline and certificates; for the active one the renewal checklist of the completeness check, the title and
 * logo files and an e-mail signature; and their applications with their progress.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    Caller caller;

    @Inject
    Registrants registrants;

    @Inject
    Registrations registrations;

    @Inject
    Renewals renewals;

    @Inject
    Certificates certificates;

    @Inject
    Applications applications;

    @Inject
    Registers registers;

    @Inject
    RegistryClock clock;

    @Inject
    @ConfigProperty(name = "registry.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    private RegistrantView registrant;
    private List<Card> cards = List.of();
    private List<ApplicationView> applicationList = List.of();

    /** One registration as the dashboard shows it. */
    public record Card(RegistrationView registration, RegisterSummary register, RenewalView renewal,
                       List<CertificateView> certificates, LevelRequirements nextLevel) {

        public boolean active() {
            return registration.status() == RegistrationStatus.ACTIVE;
        }

        /** The certificate that is valid today, the one a signature links to. */
        public Optional<CertificateView> current() {
            return certificates.stream().filter(c -> c.state() == CertificateState.VALID)
                    .reduce((first, second) -> second);
        }

        /** The reason of the last change of status, such as why the office struck the registration off. */
        public String lastReason() {
            List<RegistrationView.HistoryEntry> history = registration.history();
            return history.isEmpty() ? null : history.get(history.size() - 1).reason();
        }
    }

    public void load() {
        Long registrantId = caller.registrantId().orElse(null);
        if (registrantId == null) {
            return;
        }
        registrant = registrants.get(registrantId);
        List<Card> loaded = new ArrayList<>();
        for (Long id : registrant.registrationIds()) {
            RegistrationView registration = registrations.get(id);
            RegisterSummary register = registers.summary(registration.register());
            boolean active = registration.status() == RegistrationStatus.ACTIVE;
            LevelRequirements next = active ? registration.level().next().flatMap(register::level).orElse(null)
                    : null;
            loaded.add(new Card(registration, register, active ? renewals.renewal(id) : null,
                    certificates.of(id), next));
        }
        loaded.sort(Comparator.comparing((Card card) -> !card.active())
                .thenComparing(card -> card.registration().startDate(), Comparator.reverseOrder()));
        cards = List.copyOf(loaded);
        applicationList = registrant.applicationIds().stream().map(applications::get)
                .sorted(Comparator.comparing(ApplicationView::appliedAt).reversed())
                .toList();
    }

    /** Days from today to the given day: negative once it has passed. */
    public int daysUntil(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(clock.today(), day);
    }

    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.zone());
    }

    /** Where each requirement of the checklist is completed on the dossier page. */
    public String anchor(Requirement requirement) {
        return DossierBacking.sectionOf(requirement);
    }

    public String verificationLink(CertificateView certificate) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "verify/" + certificate.verificationCode();
    }

    /** The lines to put under an e-mail: name and title, level, registration number and where to check them. */
    public String signature(Card card) {
        Texts texts = Texts.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        RegistrationView registration = card.registration();
        String lines = texts.format("my.dashboard.signature.text", registration.registrantName(),
                card.register().titleAbbreviation(), card.register().titleName(), registration.level(),
                registration.registrationNumber());
        return card.current()
                .map(certificate -> lines + "\n" + texts.format("my.dashboard.signature.verify",
                        verificationLink(certificate)))
                .orElse(lines);
    }

    /** Whether one of the applications still waits for a decision. */
    public boolean isApplicationOpen() {
        return applicationList.stream().anyMatch(application -> application.status().isOpen());
    }

    public RegistrantView getRegistrant() {
        return registrant;
    }

    public List<Card> getCards() {
        return cards;
    }

    public List<ApplicationView> getApplications() {
        return applicationList;
    }
}
