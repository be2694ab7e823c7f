package fi.aloitepolku.initiative.api;

import fi.aloitepolku.initiative.application.ConfidentialAccess;
import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.staff.application.AccessScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrators' view of who looked at confidential cases of their municipalities. */
@Path("/admin/access-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "staff")
@Tag(name = "Administration")
public class AccessLogResource {

    @Inject
    ConfidentialAccess accessLog;

    @Inject
    AccessScope scope;

    @GET
    @Operation(summary = "Staff views of confidential cases, newest first (200 per page; `before` = last id seen)")
    public List<ConfidentialAccess.Entry> log(@QueryParam("before") Long before) {
        return accessLog.log(scope.filter(), before);
    }
}
