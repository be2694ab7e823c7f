package fi.aloitepolku.privacy.api;

import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.privacy.application.ErasureReport;
import fi.aloitepolku.privacy.application.PersonalDataExport;
import fi.aloitepolku.privacy.application.PersonalDataRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Residents' data requests (export, erasure, their log), for administrators. */
@Path("/admin/personal-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "staff")
@Tag(name = "Privacy")
public class PersonalDataResource {

    @Inject
    PersonalDataRequests requests;

    /** Whose data to erase. */
    public record ErasureRequest(String email) {
    }

    @GET
    @Operation(summary = "Everything held about an e-mail address (logged as an export)",
            description = "Cases where it is the initiator's address, submissions, follows and mail; an administrator "
                    + "of named municipalities gets only what belongs to them (`everywhere` false).")
    public PersonalDataExport export(@QueryParam("email") String email) {
        return requests.export(email);
    }

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase what is held about an e-mail address (logged)",
            description = "Anonymises the initiator of its cases (logged in each case), deletes its submissions, "
                    + "follows and their mail.")
    public ErasureReport erase(ErasureRequest request) {
        return requests.erase(request == null ? null : request.email());
    }

    @GET
    @Path("/requests")
    @Operation(summary = "The latest exports and erasures: who, when, the address's SHA-256, counts")
    public List<PersonalDataRequests.LoggedRequest> log() {
        return requests.recent(50);
    }
}
