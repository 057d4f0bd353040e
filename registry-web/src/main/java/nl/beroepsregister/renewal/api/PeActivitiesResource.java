package nl.beroepsregister.renewal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import nl.beroepsregister.registration.api.RegistrationsResource.PeActivityRequest;
import nl.beroepsregister.renewal.boundary.Dossiers;
import nl.beroepsregister.renewal.boundary.NewPeActivity;
import nl.beroepsregister.renewal.boundary.PeActivityView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("pe-activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
@SecurityRequirement(name = "basic")
@RolesAllowed({Role.REGISTRANT_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
public class PeActivitiesResource {

    @Inject
    Dossiers dossiers;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    public PeActivityView get(@PathParam("id") Long id) {
        return dossiers.getPeActivity(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a PE activity while the dossier is not submitted")
    public PeActivityView change(@PathParam("id") Long id, PeActivityRequest request) {
        return dossiers.changePeActivity(id, new NewPeActivity(request.date(), request.title(), request.provider(),
                request.points(), request.category()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a PE activity while the dossier is not submitted")
    public Response delete(@PathParam("id") Long id) {
        dossiers.removePeActivity(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the certificate of attendance: PDF, PNG or JPEG (checked from the content), "
            + "at most 10 MB")
    public Response evidence(@PathParam("id") Long id, InputStream body) {
        Uploads.Upload upload = Uploads.read(body, headers);
        dossiers.uploadEvidence(id, upload.filename(), upload.content());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the evidence of a PE activity")
    public Response downloadEvidence(@PathParam("id") Long id) {
        PeActivityView activity = dossiers.getPeActivity(id);
        byte[] content = dossiers.evidenceContent(id);
        return Downloads.attachment(content, activity.evidence().contentType(), activity.evidence().filename());
    }
}
