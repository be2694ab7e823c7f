package fi.aloitepolku.privacy.api;

import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.privacy.application.RetentionReport;
import fi.aloitepolku.privacy.application.RetentionRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention run by hand, for administrators (its own path: a class at "/admin" would hide the others'). */
@Path("/admin/retention-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DEPLOYMENT_ADMIN)
@SecurityRequirement(name = "staff")
@Tag(name = "Privacy")
public class RetentionRunResource {

    @Inject
    RetentionRun retention;

    @POST
    @Operation(summary = "Run retention now (it also runs daily), with counts of what it removed")
    public RetentionReport run() {
        return retention.byHand();
    }
}
