package fi.aloitepolku.council.api;

import fi.aloitepolku.council.application.CouncilInput;
import fi.aloitepolku.council.application.CouncilQueries;
import fi.aloitepolku.council.application.CouncilRegistry;
import fi.aloitepolku.council.application.CouncilSummary;
import fi.aloitepolku.council.application.CouncilView;
import fi.aloitepolku.council.application.StatementRequestQueries;
import fi.aloitepolku.council.application.StatementRequestView;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.platform.time.HelsinkiTime;
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

/** The registry of councils (youth, elderly and disability councils, area forums…), for staff. */
@Path("/councils")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Councils")
public class CouncilResource {

    @Inject
    CouncilQueries queries;

    @Inject
    CouncilRegistry registry;

    @Inject
    StatementRequestQueries requests;

    @Inject
    HelsinkiTime time;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every council, with the municipalities it serves and its open and overdue requests")
    public List<CouncilSummary> list() {
        return queries.forStaff();
    }

    /** Overdue open requests of one agent's cases. */
    public record AgentOverdue(long agentId, long overdue) {
    }

    @GET
    @Path("overdue-by-agent")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Open statement requests past their deadline, counted per the cases' assigned agent")
    public List<AgentOverdue> overdueByAgent() {
        return requests.overdueCountByAgent(time.today()).entrySet().stream()
                .map(e -> new AgentOverdue(e.getKey(), e.getValue())).toList();
    }

    @GET
    @Path("overdue-by-agent/{agentId}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "One agent's overdue statement requests, the oldest deadline first")
    public List<StatementRequestView> overdueOfAgent(@PathParam("agentId") long agentId) {
        return requests.overdueForAgent(agentId, time.today());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One council with its members' roles and terms")
    @APIResponse(responseCode = "404", description = "No such council")
    public CouncilView get(@PathParam("id") long id) {
        return queries.one(id);
    }

    @GET
    @Path("{id}/statement-requests")
    @Operation(summary = "The council's statement requests: open ones first by deadline, then the answered ones")
    public List<StatementRequestView> statementRequests(@PathParam("id") long id) {
        queries.one(id);
        return requests.forCouncil(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Add a council (admins and agents)")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "A refused field, named in `errors`")
    @APIResponse(responseCode = "403", description = "Not an admin or agent")
    public Response add(CouncilInput input) {
        long id = registry.add(require(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(queries.one(id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Correct a council; `version` must be the one the edit started from")
    @APIResponse(responseCode = "409", description = "Changed by someone else since `version`")
    public CouncilView revise(@PathParam("id") long id, CouncilInput input) {
        registry.revise(id, require(input));
        return queries.one(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Remove a council that no case has asked for a statement")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Cases have asked it for statements, or it changed since `version`")
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        queries.one(id); // unknown, or serving none of the caller's municipalities: 404 first
        if (version == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        registry.remove(id, version);
        return Response.noContent().build();
    }

    private static CouncilInput require(CouncilInput input) {
        if (input == null) {
            throw new RuleViolation("kind", "council.kind.required");
        }
        return input;
    }
}
