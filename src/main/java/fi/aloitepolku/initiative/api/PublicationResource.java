package fi.aloitepolku.initiative.api;

import fi.aloitepolku.initiative.application.CasePublication;
import fi.aloitepolku.initiative.application.ConfidentialAccess;
import fi.aloitepolku.initiative.domain.Publicity;
import fi.aloitepolku.initiative.domain.PublicityMarking;
import fi.aloitepolku.platform.openness.ConfidentialGround;
import fi.aloitepolku.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether residents may see a case: read it, publish the case, or mark it confidential (JulkL 24 §). */
@Path("/initiatives/{id}/publication")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
@Tag(name = "Case workflow")
public class PublicationResource {

    @Inject
    CasePublication publication;

    @Inject
    ConfidentialAccess accessLog;

    /** A change: {@code publicity} PUBLIC, AFTER_SCREENING or CONFIDENTIAL (then with its ground). */
    public record Change(Publicity publicity, ConfidentialGround confidentialGround, LocalDate confidentialUntil,
                         String publicTitle, Long version) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
    @Operation(summary = "The case's publicity, its confidential marking and the case version")
    @APIResponse(responseCode = "404", description = "No such case (or not in the account's municipalities)")
    public CasePublication.State get(@PathParam("id") long id) {
        var state = publication.state(id);
        accessLog.noteView(id, "api:publication");
        return state;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Publish the case, or mark it confidential",
            description = "CONFIDENTIAL needs `confidentialGround` (e.g. JULKL_24_1_25); `confidentialUntil` and "
                    + "`publicTitle` are optional. `version` is the case version the change was made from. "
                    + "Logged in the case log.")
    @APIResponse(responseCode = "200", description = "Changed (or already so)")
    @APIResponse(responseCode = "400", description = "A field missing or invalid, named in `errors`")
    @APIResponse(responseCode = "409", description = "The case changed since `version`")
    public CasePublication.State change(@PathParam("id") long id, Change change) {
        if (change == null) {
            throw new fi.aloitepolku.platform.rules.RuleViolation("publicity", "publicity.required");
        }
        publication.classify(id, new PublicityMarking(change.publicity(), change.confidentialGround(),
                change.confidentialUntil(), change.publicTitle()), change.version());
        return publication.state(id);
    }
}
