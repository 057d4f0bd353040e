package nl.beroepsregister.operations.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.beroepsregister.operations.Version;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which build of the register answers: for operators, monitoring and bug reports. */
@Path("public/version")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class VersionResource {

    @GET
    @Operation(summary = "The register's version and when it was built")
    public Version version() {
        return Version.current();
    }
}
