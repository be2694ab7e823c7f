package fi.aloitepolku.submission.api;

import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.submission.application.Moderation;
import fi.aloitepolku.submission.application.QueuedSubmission;
import fi.aloitepolku.submission.application.SubmissionQueries;
import fi.aloitepolku.submission.domain.RejectionReason;
import fi.aloitepolku.submission.domain.SubmissionState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderation queue of residents' web submissions (agents and administrators). */
@Path("/submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
@SecurityRequirement(name = "staff")
@Tag(name = "Moderation")
public class SubmissionResource {

    @Inject
    SubmissionQueries queries;

    @Inject
    Moderation moderation;

    /** A moderator's decision: {@code version} of the submission, and what each action needs. */
    public record Decision(Long version, Long caseId, String reason, String message) {
    }

    @GET
    @Operation(summary = "Submissions in a state (PENDING by default), oldest first; pass the last id as `after`")
    public List<QueuedSubmission> queue(@QueryParam("state") @DefaultValue("PENDING") String state,
                                        @QueryParam("after") Long after,
                                        @QueryParam("limit") @DefaultValue("20") int limit) {
        return queries.queue(state(state), after, limit);
    }

    @GET
    @Path("/{id}")
    public QueuedSubmission one(@PathParam("id") long id) {
        return queries.one(id).orElseThrow(() -> new NotFound("submission", id));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish as a new case (channel RESIDENT_WEB_FORM); the resident is told")
    @APIResponse(responseCode = "409", description = "Already moderated, or changed since `version`")
    public QueuedSubmission publish(@PathParam("id") long id, Decision decision) {
        one(id); // unknown, or another municipality\'s: 404 before the input is read
        moderation.publish(id, version(decision));
        return one(id);
    }

    @POST
    @Path("/{id}/merge")
    @Operation(summary = "Merge into an existing open case (`caseId`); noted in its log, the resident is told")
    public QueuedSubmission merge(@PathParam("id") long id, Decision decision) {
        one(id); // unknown, or another municipality\'s: 404 before the input is read
        moderation.merge(id, version(decision), decision.caseId(), decision.message());
        return one(id);
    }

    @POST
    @Path("/{id}/fix")
    @Operation(summary = "Ask the resident to correct it (`message` required)")
    public QueuedSubmission fix(@PathParam("id") long id, Decision decision) {
        one(id); // unknown, or another municipality\'s: 404 before the input is read
        moderation.requestFix(id, version(decision), decision.message());
        return one(id);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject: `reason` SPAM, ABUSE, OFF_TOPIC or OTHER (spam gets no answer)")
    public QueuedSubmission reject(@PathParam("id") long id, Decision decision) {
        one(id); // unknown, or another municipality\'s: 404 before the input is read
        RejectionReason reason;
        try {
            reason = decision == null || decision.reason() == null ? null : RejectionReason.valueOf(decision.reason());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("reason", "submission.reason.required");
        }
        moderation.reject(id, version(decision), reason, decision.message());
        return one(id);
    }

    private static long version(Decision decision) {
        if (decision == null || decision.version() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        return decision.version();
    }

    private static SubmissionState state(String state) {
        try {
            return SubmissionState.valueOf(state.trim());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("state", "submission.state.unknown");
        }
    }
}
