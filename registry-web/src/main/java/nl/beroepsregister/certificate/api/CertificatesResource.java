package nl.beroepsregister.certificate.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.api.Downloads;
import nl.beroepsregister.certificate.boundary.CertificateFile;
import nl.beroepsregister.certificate.boundary.Certificates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("certificates")
@Tag(name = "Certificates", description = "Certificates as the PDF their holder prints")
@SecurityRequirement(name = "basic")
@RolesAllowed({Role.REGISTRANT_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
public class CertificatesResource {

    private static final String PDF = "application/pdf";

    @Inject
    Certificates certificates;

    @GET
    @Path("{certificateNumber}.pdf")
    @Produces(PDF)
    @Operation(summary = "A certificate as a PDF in its holder's language, with a QR code leading to its "
            + "verification (its holder, or the office)")
    public Response pdf(@PathParam("certificateNumber") String certificateNumber) {
        CertificateFile file = certificates.file(certificateNumber);
        return Downloads.attachment(certificates.pdf(certificateNumber), PDF, file.filename());
    }
}
