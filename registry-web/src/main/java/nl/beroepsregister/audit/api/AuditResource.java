package nl.beroepsregister.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.audit.AuditEvent;
import nl.beroepsregister.audit.boundary.AuditTrail;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
@RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
public class AuditResource {

    @Inject
    AuditTrail trail;

    public record Line(Long id, Instant at, String actor, String action, String subject, AuditEvent.Outcome outcome,
                       String detail, String address) {
    }

    @GET
    @Operation(summary = "The audit trail, newest first: filter by subject (e.g. registration:42), actor or action; "
            + "page back with before=<instant of the last line>")
    public List<Line> page(@QueryParam("subject") String subject, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("before") String before,
                           @QueryParam("size") Integer size) {
        Instant until = before == null || before.isBlank() ? null : Instant.parse(before);
        return trail.page(blank(subject), blank(actor), blank(action), until, size == null ? 50 : size).stream()
                .map(e -> new Line(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getSubject(), e.getOutcome(),
                        e.getDetail(), e.getAddress()))
                .toList();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
