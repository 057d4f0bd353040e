package nl.beroepsregister.renewal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
@Tag(name = "Administration", description = "The daily work and the clock")
@SecurityRequirement(name = "basic")
public class AdminResource {

    @Inject
    DailyRun dailyRun;

    @Inject
    RegistryClock clock;

    public record ClockRequest(@NotNull Instant instant) {
    }

    public record ClockView(Instant instant, LocalDate today, String zone) {
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
}
