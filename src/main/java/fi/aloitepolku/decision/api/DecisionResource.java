package fi.aloitepolku.decision.api;

import fi.aloitepolku.decision.application.DecisionInput;
import fi.aloitepolku.decision.application.DecisionQueries;
import fi.aloitepolku.decision.application.DecisionRecording;
import fi.aloitepolku.decision.application.DecisionView;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The formal decision of a case: body, meeting date, §, diary number, outcome, agenda and minutes. */
@Path("/initiatives/{id}/decision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Consultation record")
public class DecisionResource {

    @Inject
    DecisionQueries queries;

    @Inject
    DecisionRecording recording;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(summary = "The case's decision record with its citation, e.g. `KHALL 27.05.2024 § 185` (public)")
    @APIResponse(responseCode = "404", description = "No decision recorded")
    public DecisionView get(@PathParam("id") long id) {
        return queries.forCase(id).orElseThrow(() -> new NotFound("decision", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the case's decision", description = "Only when the case is DECISION_PROPOSED "
            + "(or later, for corrections). The diary number has the form `1762/00.01.01/2024`. PASSED_AS_PROPOSED "
            + "takes the proposal as the decision; AMENDED needs a different decision text; PASSED_AFTER_VOTE and "
            + "REJECTED need the decision text.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A refused field, named in `errors`")
    @APIResponse(responseCode = "409", description = "The case's decision has not been proposed, or one is recorded already")
    public Response record(@PathParam("id") long id, DecisionInput input) {
        if (queries.forCase(id).isPresent()) {
            throw new StateConflict("decision.exists");
        }
        recording.record(id, input);
        return Response.created(uriInfo.getAbsolutePath()).entity(queries.forCase(id).orElseThrow()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the decision record; `version` must be the one the edit started from")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "Changed by someone else since `version`")
    public DecisionView revise(@PathParam("id") long id, DecisionInput input) {
        if (input == null || input.version() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        queries.forCase(id).orElseThrow(() -> new NotFound("decision", id));
        recording.record(id, input);
        return queries.forCase(id).orElseThrow();
    }

    @DELETE
    @Operation(summary = "Remove a decision recorded by mistake, while the case is still DECISION_PROPOSED")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The case is already decided")
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        recording.remove(id, version);
        return Response.noContent().build();
    }
}
