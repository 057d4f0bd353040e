package nl.beroepsregister.portfolio.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.api.Downloads;
import nl.beroepsregister.api.Uploads;
import nl.beroepsregister.portfolio.boundary.Portfolios;
import nl.beroepsregister.renewal.boundary.PortfolioView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "Portfolio proposals, their judgement and the practice report")
@SecurityRequirement(name = "basic")
public class PortfolioResource {

    @Inject
    Portfolios portfolios;

    @Context
    HttpHeaders headers;

    public record PortfolioDecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String reason) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.REGISTRANT_NAME, Role.AUDITOR_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
    public PortfolioView get(@PathParam("id") Long id) {
        return portfolios.get(id);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Approve or reject (with a reason) a portfolio proposal; for level A only one aimed at "
            + "the local level can be approved")
    public PortfolioView decide(@PathParam("id") Long id, PortfolioDecisionRequest request) {
        return portfolios.decide(id, request.approved(), request.reason());
    }

    @PUT
    @Path("{id}/report")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.REGISTRANT_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Upload the practice report (a PDF) after approval and before the peer-review meeting")
    public Response report(@PathParam("id") Long id, InputStream body) {
        Uploads.Upload upload = Uploads.read(body, headers);
        portfolios.uploadReport(id, upload.filename(), upload.content());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.REGISTRANT_NAME, Role.AUDITOR_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
    public Response downloadReport(@PathParam("id") Long id) {
        PortfolioView portfolio = portfolios.get(id);
        byte[] content = portfolios.reportContent(id);
        return Downloads.attachment(content, portfolio.report().contentType(), portfolio.report().filename());
    }
}
