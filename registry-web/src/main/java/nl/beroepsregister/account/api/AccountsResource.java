package nl.beroepsregister.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Set;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.boundary.AccountView;
import nl.beroepsregister.account.boundary.Accounts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = "basic")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Context
    UriInfo uri;

    public record AccountRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "{registry.username.message}")
            String username,
            @NotNull @Size(min = 8, max = 128) String password,
            @NotEmpty Set<Role> roles) {
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a staff account (auditor, office, administrator)")
    public Response create(AccountRequest request) {
        AccountView created = accounts.create(request.username(), request.password(),
                request.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(request.roles()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
