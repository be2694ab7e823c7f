package fi.aloitepolku.assignment.api;

import fi.aloitepolku.assignment.application.CaseClocks;
import fi.aloitepolku.assignment.domain.Clock;
import fi.aloitepolku.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadlines a case runs against. */
@Path("/initiatives/{id}/clocks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Agents and deadlines")
public class CaseClockResource {

    @Inject
    CaseClocks clocks;

    @GET
    @Operation(summary = "The case's deadlines: the statutory six months (§23) and the municipality's own targets",
            description = "`state` is RUNNING, OVERDUE, MET, MET_LATE, STOPPED or NOT_COMPUTABLE (electorate unknown); "
                    + "`daysLeft` is negative when overdue.")
    public List<Clock> clocks(@PathParam("id") long id) {
        return clocks.of(id);
    }
}
