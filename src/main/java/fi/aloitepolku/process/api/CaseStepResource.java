package fi.aloitepolku.process.api;

import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.process.application.Checklist;
import fi.aloitepolku.process.application.CaseStepView;
import fi.aloitepolku.process.application.ProcessQueries;
import fi.aloitepolku.process.application.StepLogging;
import fi.aloitepolku.process.domain.EvidenceLink;
import fi.aloitepolku.process.domain.StepRecord;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's checklist of preparation and communication steps, as preparers log them. */
@Path("/initiatives/{id}/steps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Case workflow")
public class CaseStepResource {

    @Inject
    ProcessQueries queries;

    @Inject
    StepLogging logging;

    /** The checklist with its progress figures. */
    public record ChecklistView(long done, long notApplicable, int total, int overdue, List<CaseStepView> steps) {
        static ChecklistView of(Checklist c) {
            return new ChecklistView(c.done(), c.notApplicable(), c.total(), c.overdue().size(), c.steps());
        }
    }

    @GET
    @Operation(summary = "The case's steps (empty until the case is accepted for handling)")
    public ChecklistView checklist(@PathParam("id") long id) {
        return ChecklistView.of(queries.checklist(id));
    }

    @PUT
    @Path("{stepId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a step: done, not applicable or planned, with date, who, note and evidence links")
    @APIResponse(responseCode = "200", description = "Recorded; the checklist now")
    @APIResponse(responseCode = "400", description = "A done step without a date or dated in the future, a link "
            + "that is not an http(s) address…")
    @APIResponse(responseCode = "409", description = "The case is closed, or the step changed since `version`")
    public ChecklistView record(@PathParam("id") long id, @PathParam("stepId") long stepId, StepUpdate update) {
        if (update == null) {
            throw new RuleViolation("state", "step.state.required");
        }
        if (update.version() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        List<EvidenceLink> links = update.links() == null ? List.of() : update.links().stream()
                .map(l -> new EvidenceLink(l.kind(), l.url(), l.label())).toList();
        logging.record(id, stepId, new StepRecord(update.state(), update.date(), update.dueOn(), update.doneBy(),
                update.note(), update.publicEntry(), links), update.version());
        return ChecklistView.of(queries.checklist(id));
    }
}
