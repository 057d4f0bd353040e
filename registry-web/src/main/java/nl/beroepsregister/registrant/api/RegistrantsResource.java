package nl.beroepsregister.registrant.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import nl.beroepsregister.account.Role;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.api.Downloads;
import nl.beroepsregister.registrant.boundary.NewRegistrant;
import nl.beroepsregister.registrant.boundary.Privacy;
import nl.beroepsregister.registrant.boundary.RegistrantView;
import nl.beroepsregister.registrant.boundary.Registrants;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("registrants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registrants")
@SecurityRequirement(name = "basic")
public class RegistrantsResource {

    @Inject
    Registrants registrants;

    @Inject
    Privacy privacy;

    @Context
    UriInfo uri;

    public record RegistrantRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) String employer,
            @Size(max = 200) String jobTitle,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "{registry.username.message}")
            String username,
            @NotNull @Size(min = 8, max = 128) String password,
            @Pattern(regexp = "nl|en") String language) {
    }

    @POST
    @RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Add a registrant with a registrant login")
    public Response create(RegistrantRequest request) {
        RegistrantView created = registrants.create(new NewRegistrant(request.firstName(), request.lastName(),
                request.email(), request.employer(), request.jobTitle(),
                "en".equals(request.language()) ? Language.EN : Language.NL, request.username(),
                request.password()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.REGISTRANT_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A registrant, with the ids of their registrations; a registrant may read their own")
    public RegistrantView get(@PathParam("id") Long id) {
        return registrants.get(id);
    }

    @GET
    @Path("{id}/export")
    @Produces("application/zip")
    @RolesAllowed({Role.REGISTRANT_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Everything the register holds about a registrant (JSON) and their documents, as a ZIP")
    public Response export(@PathParam("id") Long id) {
        return Downloads.attachment(privacy.export(id), "application/zip", "gegevens-" + id + ".zip");
    }
}
