package nl.beroepsregister.application.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.application.boundary.ApplicationView;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.portal.NotFoundPage;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.register.boundary.LevelRequirements;
import nl.beroepsregister.register.boundary.RegisterSummary;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registrant.boundary.Registrants;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.boundary.RegistrationView;
import nl.beroepsregister.registration.boundary.Registrations;

/**
 * {@code registrant/upgrade.xhtml?registration=<id>}: for an active registration below the top level, what the next
 * level asks, to enter it and every year after, next to what the current level asks; and the way to the upgrade
 * application, its route and level filled in.
 */
@Named
@RequestScoped
public class UpgradeBacking {

    @Inject
    Caller caller;

    @Inject
    Registrations registrations;

    @Inject
    Registers registers;

    @Inject
    Registrants registrants;

    @Inject
    Applications applications;

    private String registration;
    private RegistrationView view;
    private RegisterSummary register;
    private LevelRequirements current;
    private LevelRequirements next;
    private ApplicationView openApplication;

    public String load() {
        try {
            view = registrations.get(Long.valueOf(registration));
        } catch (NumberFormatException | NotFoundException unknown) {
            return NotFoundPage.show();
        }
        register = registers.summary(view.register());
        current = register.level(view.level()).orElse(null);
        next = view.level().next().flatMap(register::level).orElse(null);
        openApplication = caller.registrantId().map(registrants::get).stream()
                .flatMap(me -> me.applicationIds().stream())
                .map(applications::get)
                .filter(application -> application.status().isOpen())
                .findFirst().orElse(null);
        return null;
    }

    /** Only an active registration can move up, and only when its register offers a level above it. */
    public boolean isUpgradable() {
        return view.status() == RegistrationStatus.ACTIVE && next != null && current != null;
    }

    /** How a level's experience requirement reads: none, at least, or more than a number of years. */
    public String experienceKey(LevelRequirements level) {
        if (level.experienceYears().signum() == 0 && !level.experienceExclusive()) {
            return "my.upgrade.experience.none";
        }
        return level.experienceExclusive() ? "my.upgrade.experience.moreThan" : "my.upgrade.experience.atLeast";
    }

    public String getRegistration() {
        return registration;
    }

    public void setRegistration(String registration) {
        this.registration = registration;
    }

    public RegistrationView getView() {
        return view;
    }

    public RegisterSummary getRegister() {
        return register;
    }

    public LevelRequirements getCurrent() {
        return current;
    }

    public LevelRequirements getNext() {
        return next;
    }

    public ApplicationView getOpenApplication() {
        return openApplication;
    }
}
