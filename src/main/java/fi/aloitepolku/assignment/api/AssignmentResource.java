package fi.aloitepolku.assignment.api;

import fi.aloitepolku.assignment.application.AgentAssignment;
import fi.aloitepolku.initiative.application.InitiativeEditing;
import fi.aloitepolku.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who owns a case. */
@Path("/initiatives/{id}/agent")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Agents and deadlines")
public class AssignmentResource {

    @Inject
    AgentAssignment assignment;

    @Inject
    InitiativeEditing editing;

    /** The case's agent; {@code version} is the case version to send with a change. */
    public record Assignment(Long agentId, String agentName, long version) {
    }

    /** A change of agent, with why; {@code version} is the case version it was made from. */
    public record AssignmentChange(Long agentId, Long version, String reason) {
    }

    @GET
    @Operation(summary = "The case's assigned agent")
    public Assignment agent(@PathParam("id") long id) {
        var current = editing.forEditing(id);
        return new Assignment(current.agentId(), current.agentName(), current.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Give the case to an agent",
            description = "The agent must take cases of the case's municipality. An agent away today is replaced by "
                    + "their substitute; one away with no substitute is refused. Logged with who and why.")
    @APIResponse(responseCode = "200", description = "Assigned (possibly to the substitute)")
    @APIResponse(responseCode = "400", description = "Agent of another municipality, away without a substitute, "
            + "not an agent, or version missing")
    @APIResponse(responseCode = "409", description = "The case changed since `version`")
    public Assignment assign(@PathParam("id") long id, AssignmentChange change) {
        if (change == null) {
            throw new fi.aloitepolku.platform.rules.RuleViolation("agentId", "assignment.agent.required");
        }
        assignment.assign(id, change.agentId(), change.version(), change.reason());
        return agent(id);
    }
}
