package nl.beroepsregister.application.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.application.boundary.ApplicationView;
import nl.beroepsregister.application.boundary.Applications;
import nl.beroepsregister.application.boundary.DecisionResult;
import nl.beroepsregister.application.boundary.NewApplication;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Admission: application, audit and decision")
@SecurityRequirement(name = "basic")
public class ApplicationsResource {

    @Inject
    Applications applications;

    @Context
    UriInfo uri;

    public record ApplicationRequest(
            @NotNull Long registrantId,
            @Size(max = 16) String register,
            @NotNull Level requestedLevel,
            @NotNull Route route,
            @NotNull @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 1) BigDecimal experienceYears,
            @NotNull WorkLevel workLevel,
            @NotNull Level functionLevel,
            LocalDate courseCompletedOn) {
    }

    public record AuditRequest(@NotNull LocalDate date, @NotBlank @Size(max = 64) String auditor) {
    }

    public record DecisionRequest(@NotNull Boolean passed, Level level, LocalDate startDate,
                                  @Size(max = 2000) String reason) {
    }


    @POST
    @RolesAllowed({Role.REGISTRANT_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Apply for a level by a route; a registrant applies for themself")
    public Response apply(ApplicationRequest request) {
        ApplicationView created = applications.apply(new NewApplication(request.registrantId(), request.register(),
                request.requestedLevel(), request.route(), request.experienceYears(), request.workLevel(),
                request.functionLevel(), request.courseCompletedOn()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.REGISTRANT_NAME, Role.AUDITOR_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
    public ApplicationView get(@PathParam("id") Long id) {
        return applications.get(id);
    }

    @POST
    @Path("{id}/audit")
    @RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Plan the audit: a date from today on, with an auditor")
    public ApplicationView planAudit(@PathParam("id") Long id, AuditRequest request) {
        return applications.planAudit(id, request.date(), request.auditor());
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
    @Operation(summary = "Pass (at a level, from a start date) or reject (with a reason)")
    public DecisionResult decide(@PathParam("id") Long id, DecisionRequest request) {
        return request.passed()
                ? applications.pass(id, request.level(), request.startDate())
                : applications.reject(id, request.reason());
    }
}
