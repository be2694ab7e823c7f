package fi.aloitepolku.staff.api;

import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.staff.application.AbsenceInput;
import fi.aloitepolku.staff.application.AgentCoverage;
import fi.aloitepolku.staff.application.AgentProfile;
import fi.aloitepolku.staff.application.AgentProfiles;
import fi.aloitepolku.staff.application.StaffOption;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agents: what each covers, and their absences with substitutes. */
@Path("/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Agents and deadlines")
public class AgentResource {

    @Inject
    AgentProfiles profiles;

    @GET
    @Operation(summary = "Active agents")
    public List<StaffOption> agents() {
        return profiles.agents();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An agent's municipalities, themes, districts and absences (from 90 days back)")
    public AgentProfile agent(@PathParam("id") long id) {
        return profiles.profile(id);
    }

    @PUT
    @Path("/{id}/coverage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set what the agent covers",
            description = "Districts must lie in the municipalities given; `version` is the profile's version.")
    @APIResponse(responseCode = "400", description = "Unknown municipality or district, or a district elsewhere")
    @APIResponse(responseCode = "409", description = "Changed since `version`")
    public AgentProfile cover(@PathParam("id") long id, AgentCoverage coverage) {
        profiles.cover(id, coverage);
        return profiles.profile(id);
    }

    @POST
    @Path("/{id}/absences")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Record an absence (an administrator, or the agent themselves)")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Dates missing or in the wrong order, or an invalid substitute")
    public Response recordAbsence(@PathParam("id") long id, AbsenceInput input) {
        profiles.recordAbsence(id, input);
        return Response.status(Response.Status.CREATED).entity(profiles.profile(id)).build();
    }

    @DELETE
    @Path("/{id}/absences/{absenceId}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Cancel an absence")
    public AgentProfile cancelAbsence(@PathParam("id") long id, @PathParam("absenceId") long absenceId) {
        profiles.cancelAbsence(id, absenceId);
        return profiles.profile(id);
    }
}
