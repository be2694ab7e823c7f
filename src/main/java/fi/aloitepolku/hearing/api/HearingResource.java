package fi.aloitepolku.hearing.api;

import fi.aloitepolku.hearing.application.HearingInput;
import fi.aloitepolku.hearing.application.HearingQueries;
import fi.aloitepolku.hearing.application.HearingRecording;
import fi.aloitepolku.hearing.application.HearingView;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's hearings: otakantaa.fi and lausuntopalvelu.fi hearings, resident events, surveys… */
@Path("/initiatives/{id}/hearings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Consultation record")
public class HearingResource {

    @Inject
    HearingQueries queries;

    @Inject
    HearingRecording recording;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The case's hearings, in the order they happen (meeting times are Helsinki local time)")
    public List<HearingView> list(@PathParam("id") long id) {
        return queries.forCase(id);
    }

    @GET
    @Path("{hearingId}")
    @Operation(summary = "One hearing")
    @APIResponse(responseCode = "404", description = "No such hearing on this case")
    public HearingView get(@PathParam("id") long id, @PathParam("hearingId") long hearingId) {
        return queries.one(id, hearingId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a hearing", description = "Meetings (RESIDENT_EVENT, STAKEHOLDER_MEETING) need "
            + "`startsAt` and `place`; other kinds `opensOn`. OTAKANTAA links must point to otakantaa.fi, "
            + "LAUSUNTOPALVELU links to lausuntopalvelu.fi with a `proposalId` GUID; every link is https.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the hearing")
    @APIResponse(responseCode = "400", description = "A refused field, named in `errors`")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response add(@PathParam("id") long id, HearingInput input) {
        long hearingId = recording.add(id, input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(hearingId)).build())
                .entity(queries.one(id, hearingId)).build();
    }

    @PUT
    @Path("{hearingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a hearing; `version` must be the one the edit started from")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "A refused field, named in `errors`")
    @APIResponse(responseCode = "409", description = "Changed by someone else since `version`, or the case is closed")
    public HearingView revise(@PathParam("id") long id, @PathParam("hearingId") long hearingId, HearingInput input) {
        recording.revise(id, hearingId, input);
        return queries.one(id, hearingId);
    }

    @DELETE
    @Path("{hearingId}")
    @Operation(summary = "Remove a hearing recorded by mistake")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Changed by someone else since `version`")
    public Response remove(@PathParam("id") long id, @PathParam("hearingId") long hearingId,
                           @QueryParam("version") Long version) {
        if (version == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        recording.remove(id, hearingId, version);
        return Response.noContent().build();
    }
}
