package nl.beroepsregister.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.registration.boundary.Worklist;
import nl.beroepsregister.registration.boundary.WorklistPage;
import nl.beroepsregister.registration.boundary.Worklists;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The office's worklists, as the portal shows them: counted and paged in the database. */
@Path("admin/worklists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "The daily work, reminders and the clock")
@SecurityRequirement(name = "basic")
@RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
public class WorklistsResource {

    @Inject
    Worklists worklists;

    @GET
    @Operation(summary = "How many rows each of the office's worklists has")
    public Map<Worklist, Long> counts() {
        return worklists.counts();
    }

    @GET
    @Path("{list}")
    @Operation(summary = "One page of a worklist: sort by name, number, level, register, date or at (as the list "
            + "has them); filter by query (name or number), name, number, level, register, status")
    public WorklistPage page(@PathParam("list") String list,
                             @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("size") @DefaultValue("25") int size,
                             @QueryParam("sort") String sort,
                             @QueryParam("order") @DefaultValue("asc") String order,
                             @QueryParam("query") String query,
                             @QueryParam("name") String name,
                             @QueryParam("number") String number,
                             @QueryParam("level") String level,
                             @QueryParam("register") String register,
                             @QueryParam("status") String status) {
        Map<String, String> filters = new HashMap<>();
        put(filters, "query", query);
        put(filters, "name", name);
        put(filters, "number", number);
        put(filters, "level", level);
        put(filters, "register", register);
        put(filters, "status", status);
        return worklists.page(worklist(list), first, size, sort, "desc".equalsIgnoreCase(order), filters);
    }

    private static void put(Map<String, String> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(field, value);
        }
    }

    private static Worklist worklist(String name) {
        try {
            return Worklist.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("list", "validation.type.enum", List.of(Worklist.values()));
        }
    }
}
