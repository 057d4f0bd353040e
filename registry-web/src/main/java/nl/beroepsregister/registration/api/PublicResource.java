package nl.beroepsregister.registration.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import nl.beroepsregister.api.Requests;
import nl.beroepsregister.indication.LevelIndication;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registration.boundary.CertificateVerification;
import nl.beroepsregister.registration.boundary.PublicRegister;
import nl.beroepsregister.registration.boundary.PublicRegistration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What anyone may ask without signing in. Answers are never cached: the register is the authority, now. */
@Path("public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "Level indication, the public register and certificate verification; no login")
public class PublicResource {

    @Inject
    Registers registers;

    @Inject
    PublicRegister publicRegister;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    public record IndicationQuery(
            @NotNull @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 1) BigDecimal experienceYears,
            @NotNull WorkLevel workLevel,
            @NotNull Level functionLevel,
            @Size(max = 16) String register) {
    }

    public record SearchQuery(@NotNull @Size(min = 2, max = 200) String name) {
    }

    @GET
    @Path("indication")
    @Operation(summary = "Level indication: the lowest of the levels that experience, work level and function "
            + "content give (DOMAIN.md §4)")
    public LevelIndication indication() {
        IndicationQuery query = Requests.query(IndicationQuery.class, uri, headers);
        return registers.indication(query.register(), query.experienceYears(), query.workLevel(),
                query.functionLevel());
    }

    @GET
    @Path("registrations/{registrationNumber}")
    @Operation(summary = "Look up a registration by its number")
    public Response registration(@PathParam("registrationNumber") String registrationNumber) {
        return fresh(publicRegister.lookup(registrationNumber));
    }

    @GET
    @Path("registrations")
    @Operation(summary = "Active registrations whose holder's name contains the text (at most 50)")
    public Response search() {
        SearchQuery query = Requests.query(SearchQuery.class, uri, headers);
        List<PublicRegistration> found = publicRegister.search(query.name());
        return fresh(found);
    }

    @GET
    @Path("certificates/{verificationCode}")
    @Operation(summary = "Verify a certificate: valid now, or why not")
    public Response certificate(@PathParam("verificationCode") String verificationCode) {
        CertificateVerification verification = publicRegister.verify(verificationCode);
        return fresh(verification);
    }

    private static Response fresh(Object entity) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoCache(true);
        return Response.ok(entity).cacheControl(noStore).build();
    }
}
