package fi.aloitepolku.assignment.api;

import fi.aloitepolku.assignment.application.AgentWorkload;
import fi.aloitepolku.assignment.application.DeadlineItem;
import fi.aloitepolku.assignment.application.RunReport;
import fi.aloitepolku.assignment.application.Reminders;
import fi.aloitepolku.assignment.application.WorkloadQueries;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.application.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agents' workload, and the reminder runs behind it. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
@Tag(name = "Agents and deadlines")
public class WorkloadResource {

    @Inject
    WorkloadQueries workload;

    @Inject
    Reminders reminders;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    SignedInStaff signedIn;

    @Inject
    HelsinkiTime time;

    /** Everyone's load (for administrators), or the caller's own (for an agent). */
    public record Workload(long unassignedOpen, List<AgentWorkload> agents) {
    }

    /** The period to run; today (Helsinki) when left out. */
    public record RunRequest(LocalDate period) {
    }

    @GET
    @Path("workload")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Open cases by status, deadlines passed, cases waiting on others, and the oldest untouched case, per agent",
            description = "Administrators see every agent; an agent sees their own row.")
    public Workload workload() {
        Long only = currentStaff.isAdmin() ? null : self();
        return new Workload(currentStaff.isAdmin() ? workload.unassignedOpen() : 0, workload.agents(only));
    }

    @GET
    @Path("workload/agents/{id}/deadlines")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "An agent's running deadlines, soonest first (at most 100)")
    public List<DeadlineItem> deadlines(@PathParam("id") long agentId) {
        if (!currentStaff.isAdmin() && agentId != self()) {
            throw new NotPermitted("agent.edit.notPermitted");
        }
        if (!scope.seesStaff(agentId)) {
            throw new fi.aloitepolku.platform.rules.NotFound("agent", agentId);
        }
        return workload.deadlines(agentId, 100);
    }

    @POST
    @Path("admin/reminder-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPLOYMENT_ADMIN)
    @Operation(summary = "Run the deadline reminders of a day now",
            description = "The job runs this hourly by itself; a period already run is not run again (`ran` false), "
                    + "and no deadline is announced twice.")
    public RunReport run(RunRequest request) {
        return reminders.run(request == null || request.period() == null ? time.today() : request.period());
    }

    @Inject
    fi.aloitepolku.staff.application.AccessScope scope;

    private long self() {
        return signedIn.id().orElseThrow();
    }
}
