package fi.aloitepolku.council.api;

import fi.aloitepolku.council.application.StatementRequestInput;
import fi.aloitepolku.council.application.StatementRequestQueries;
import fi.aloitepolku.council.application.StatementRequestView;
import fi.aloitepolku.council.application.StatementRequests;
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

/** A case's requests for council statements, and the answers. */
@Path("/initiatives/{id}/statement-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Consultation record")
public class StatementRequestResource {

    @Inject
    StatementRequestQueries queries;

    @Inject
    StatementRequests requests;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The case's statement requests; `overdue` marks open ones past their deadline")
    public List<StatementRequestView> list(@PathParam("id") long id) {
        return queries.forCase(id);
    }

    @GET
    @Path("{requestId}")
    @Operation(summary = "One statement request")
    @APIResponse(responseCode = "404", description = "No such request on this case")
    public StatementRequestView get(@PathParam("id") long id, @PathParam("requestId") long requestId) {
        return queries.one(id, requestId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a council for a statement", description = "The council must serve the case's "
            + "municipality; the deadline may not be before the request. `state` defaults to REQUESTED.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it")
    @APIResponse(responseCode = "400", description = "A refused field, named in `errors`")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response add(@PathParam("id") long id, StatementRequestInput input) {
        long requestId = requests.add(id, input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(requestId)).build())
                .entity(queries.one(id, requestId)).build();
    }

    @PUT
    @Path("{requestId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the answer or correct the request", description = "RECEIVED needs `answeredOn` "
            + "(not before `requestedOn`) and the statement's text or https link; NO_ANSWER only after the deadline.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "A refused field, named in `errors`")
    @APIResponse(responseCode = "409", description = "Changed by someone else since `version`, or the case is closed")
    public StatementRequestView revise(@PathParam("id") long id, @PathParam("requestId") long requestId,
                                       StatementRequestInput input) {
        requests.revise(id, requestId, input);
        return queries.one(id, requestId);
    }

    @DELETE
    @Path("{requestId}")
    @Operation(summary = "Remove a request recorded by mistake")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") long id, @PathParam("requestId") long requestId,
                           @QueryParam("version") Long version) {
        if (version == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        requests.remove(id, requestId, version);
        return Response.noContent().build();
    }
}
