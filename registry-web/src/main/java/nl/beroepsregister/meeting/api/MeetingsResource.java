package nl.beroepsregister.meeting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.Map;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.meeting.boundary.MeetingView;
import nl.beroepsregister.meeting.boundary.Meetings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Peer-review meetings")
@SecurityRequirement(name = "basic")
@RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME})
public class MeetingsResource {

    @Inject
    Meetings meetings;

    @Context
    UriInfo uri;

    public record MeetingRequest(@NotNull LocalDate date, @NotBlank @Size(max = 200) String location,
                                 @Size(max = 16) String register) {
    }

    public record EnrolmentRequest(@NotNull Long registrationId) {
    }

    public record AttendanceRequest(@NotNull Long registrationId, @NotNull Boolean presented) {
    }

    @POST
    @Operation(summary = "Plan a peer-review meeting")
    public Response plan(MeetingRequest request) {
        MeetingView meeting = meetings.plan(request.register(), request.date(), request.location());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(meeting.id())).build())
                .entity(meeting).build();
    }

    @GET
    @Path("{id}")
    public MeetingView get(@PathParam("id") Long id) {
        return meetings.get(id);
    }

    @POST
    @Path("{id}/enrolments")
    @Operation(summary = "Enrol a registration; one meeting per registration year")
    public Map<String, Object> enrol(@PathParam("id") Long id, EnrolmentRequest request) {
        meetings.enrol(id, request.registrationId());
        return Map.of("meetingId", id, "registrationId", request.registrationId());
    }

    @POST
    @Path("{id}/attendance")
    @Operation(summary = "Record attendance and presentation, on or after the meeting's date")
    public Map<String, Object> attendance(@PathParam("id") Long id, AttendanceRequest request) {
        meetings.recordAttendance(id, request.registrationId(), request.presented());
        return Map.of("meetingId", id, "registrationId", request.registrationId(), "presented", request.presented());
    }
}
