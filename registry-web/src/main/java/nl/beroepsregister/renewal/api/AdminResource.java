package nl.beroepsregister.renewal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.reminder.ReminderKind;
import nl.beroepsregister.reminder.boundary.ReminderTextView;
import nl.beroepsregister.reminder.boundary.ReminderView;
import nl.beroepsregister.reminder.boundary.Reminders;
import java.time.Instant;
import java.time.LocalDate;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.renewal.boundary.DailyRun;
import nl.beroepsregister.renewal.boundary.DailyRunResult;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "The daily work, reminders and the clock")
@SecurityRequirement(name = "basic")
public class AdminResource {

    @Inject
    DailyRun dailyRun;

    @Inject
    RegistryClock clock;

    @Inject
    Reminders reminders;

    @Context
    HttpHeaders headers;

    public record ClockRequest(@NotNull Instant instant) {
    }

    public record ClockView(Instant instant, LocalDate today, String zone) {
    }

    public record ReminderTextRequest(@NotBlank @Size(max = 200) String subject,
                                      @NotBlank @Size(max = 4000) String body) {
    }

    public record FailedCount(long failed) {
    }

    @POST
    @Path("daily-run")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Run the daily work now, as of the clock's today")
    public DailyRunResult dailyRun() {
        return dailyRun.run();
    }

    @PUT
    @Path("clock")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Move the fixed clock; exists only when registry.clock was set at start")
    public ClockView moveClock(ClockRequest request) {
        if (!clock.isAdjustable()) {
            throw new NotFoundException(nl.beroepsregister.problem.Message.of("problem.notFound.path"));
        }
        clock.moveTo(request.instant());
        return new ClockView(clock.now(), clock.today(), clock.zone().getId());
    }

    @GET
    @Path("reminders")
    @RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The reminder log of a registration (or the latest 200 of all), oldest first")
    public List<ReminderView> reminders(@QueryParam("registrationId") Long registrationId) {
        return reminders.log(registrationId);
    }

    @GET
    @Path("reminders/failed")
    @RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "How many reminders could not be delivered after their last attempt")
    public FailedCount failedReminders() {
        return new FailedCount(reminders.failedCount());
    }

    @GET
    @Path("reminder-texts")
    @RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The wording of every reminder in Dutch and English; custom where an administrator changed it")
    public List<ReminderTextView> reminderTexts() {
        return reminders.texts();
    }

    @PUT
    @Path("reminder-texts/{kind}/{language}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change the wording of a reminder; placeholders {name} {register} {level} {renewalDate} "
            + "{deadline} {missing} {link}")
    public ReminderTextView changeReminderText(@PathParam("kind") String kind, @PathParam("language") String language,
                                               ReminderTextRequest request) {
        return reminders.changeText(kind(kind), language(language), request.subject(), request.body());
    }

    @DELETE
    @Path("reminder-texts/{kind}/{language}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Restore the default wording of a reminder")
    public ReminderTextView restoreReminderText(@PathParam("kind") String kind,
                                                @PathParam("language") String language) {
        return reminders.restoreText(kind(kind), language(language));
    }

    private static ReminderKind kind(String kind) {
        try {
            return ReminderKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "validation.type.enum", List.of(ReminderKind.values()));
        }
    }

    private static Language language(String language) {
        return switch (language) {
            case "nl", "NL" -> Language.NL;
            case "en", "EN" -> Language.EN;
            default -> throw InvalidInputException.of("language", "validation.type.enum", List.of("nl", "en"));
        };
    }
}
