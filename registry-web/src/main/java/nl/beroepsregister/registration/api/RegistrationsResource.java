package nl.beroepsregister.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.api.Requests;
import nl.beroepsregister.certificate.boundary.CertificateView;
import nl.beroepsregister.certificate.boundary.Certificates;
import nl.beroepsregister.portfolio.boundary.Portfolios;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.boundary.RegistrationView;
import nl.beroepsregister.registration.boundary.Registrations;
import nl.beroepsregister.renewal.PeCategory;
import nl.beroepsregister.renewal.api.RenewalJson;
import nl.beroepsregister.renewal.boundary.Dossiers;
import nl.beroepsregister.renewal.boundary.NewPeActivity;
import nl.beroepsregister.renewal.boundary.PeActivityView;
import nl.beroepsregister.renewal.boundary.PortfolioView;
import nl.beroepsregister.renewal.boundary.QuestionnaireView;
import nl.beroepsregister.renewal.boundary.Renewals;
import nl.beroepsregister.renewal.boundary.SubmissionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A registration and everything under it: its status, its certificates, and the renewal dossier of its current
 * year. A registrant works on their own; the office on any.
 */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Registrations, status transitions and the renewal dossier")
@SecurityRequirement(name = "basic")
@RolesAllowed({Role.REGISTRANT_NAME, Role.OFFICE_NAME, Role.ADMIN_NAME})
public class RegistrationsResource {

    @Inject
    Registrations registrations;

    @Inject
    Certificates certificates;

    @Inject
    Dossiers dossiers;

    @Inject
    Renewals renewals;

    @Inject
    Portfolios portfolios;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    public record TransitionRequest(@NotNull RegistrationStatus to, @Size(max = 2000) String reason,
                                    @NotNull Long version) {
    }

    public record PeActivityRequest(@NotNull LocalDate date,
                                    @NotBlank @Size(max = 200) String title,
                                    @NotBlank @Size(max = 200) String provider,
                                    @NotNull @jakarta.validation.constraints.Min(1)
                                    @jakarta.validation.constraints.Max(40) Integer points,
                                    @NotNull PeCategory category,
                                    Long version) {

        NewPeActivity activity() {
            return new NewPeActivity(date, title, provider, points, category);
        }
    }

    public record DeclarationRequest(@NotBlank @Size(max = 200) String employer,
                                     @NotBlank @Size(max = 200) String jobTitle,
                                     @NotNull Boolean stillInFunction,
                                     Long version) {
    }

    public record QuestionnaireRequest(@NotNull Map<String, @Size(max = 4000) String> answers, Long version) {
    }

    public record PortfolioRequest(@NotBlank @Size(max = 200) String title,
                                   @NotBlank @Size(max = 4000) String description,
                                   Boolean localLevel,
                                   Long version) {
    }

    public record RenewalDecisionRequest(@NotNull Boolean approved, Boolean refuse,
                                         @Size(max = 4000) String reason, Long version) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A registration: status, level, current and next registration year, history")
    public RegistrationView get(@PathParam("id") Long id) {
        return registrations.get(id);
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Withdraw (registrant or office) or strike off (office, with a reason)")
    public RegistrationView transition(@PathParam("id") Long id, TransitionRequest request) {
        return registrations.change(id, request.to(), request.reason(), request.version());
    }

    @GET
    @Path("{id}/certificates")
    @Operation(summary = "The registration's certificates, oldest first")
    public List<CertificateView> certificates(@PathParam("id") Long id) {
        return certificates.of(id);
    }

    @POST
    @Path("{id}/pe-activities")
    @Operation(summary = "Add a PE activity to the current registration year")
    public Response addPeActivity(@PathParam("id") Long id, PeActivityRequest request) {
        PeActivityView added = dossiers.addPeActivity(id, request.activity(), request.version());
        return Response.created(uri.getBaseUriBuilder().path("pe-activities").path(String.valueOf(added.id()))
                .build()).entity(added).build();
    }

    @GET
    @Path("{id}/pe-activities")
    @Operation(summary = "The PE activities of the current registration year")
    public List<PeActivityView> peActivities(@PathParam("id") Long id) {
        return renewals.renewal(id).peActivities();
    }

    @PUT
    @Path("{id}/declaration")
    @Operation(summary = "Sign this year's declaration of continued employment")
    public RenewalJson declaration(@PathParam("id") Long id, DeclarationRequest request) {
        return RenewalJson.of(dossiers.sign(id, request.employer(), request.jobTitle(), request.stillInFunction(),
                request.version()), Requests.texts(headers));
    }

    @GET
    @Path("{id}/questionnaire")
    @Operation(summary = "This year's questionnaire and answers (levels B and A)")
    public QuestionnaireView questionnaire(@PathParam("id") Long id) {
        return dossiers.questionnaire(id, Requests.locale(headers));
    }

    @PUT
    @Path("{id}/questionnaire")
    @Operation(summary = "Answer the questionnaire (levels B and A)")
    public QuestionnaireView answer(@PathParam("id") Long id, QuestionnaireRequest request) {
        return dossiers.answer(id, request.answers(), request.version(), Requests.locale(headers));
    }

    @POST
    @Path("{id}/portfolio")
    @Operation(summary = "Propose this year's portfolio activity (levels B and A)")
    public Response propose(@PathParam("id") Long id, PortfolioRequest request) {
        PortfolioView proposal = portfolios.propose(id, request.title(), request.description(),
                Boolean.TRUE.equals(request.localLevel()), request.version());
        return Response.created(uri.getBaseUriBuilder().path("portfolio").path(String.valueOf(proposal.id()))
                .build()).entity(proposal).build();
    }

    @GET
    @Path("{id}/renewal")
    @Operation(summary = "The renewal dossier of the current year and what it still lacks")
    public RenewalJson renewal(@PathParam("id") Long id) {
        return RenewalJson.of(renewals.renewal(id), Requests.texts(headers));
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit the complete dossier; refused with the missing requirements when incomplete")
    public SubmissionView submit(@PathParam("id") Long id, @QueryParam("version") Long version) {
        return renewals.submit(id, version);
    }

    @POST
    @Path("{id}/renewal-decision")
    @RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Approve, return (with a reason) or refuse (with a reason) a submitted dossier")
    public RenewalJson decide(@PathParam("id") Long id, RenewalDecisionRequest request) {
        return RenewalJson.of(renewals.decide(id, request.approved(), Boolean.TRUE.equals(request.refuse()),
                request.reason(), request.version()), Requests.texts(headers));
    }
}
