package fi.aloitepolku.initiative.api;

import fi.aloitepolku.initiative.application.CaseEventEntry;
import fi.aloitepolku.initiative.application.InitiativeDetails;
import fi.aloitepolku.initiative.application.InitiativeEditing;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.InitiativeRegistration;
import fi.aloitepolku.initiative.application.PublicInitiative;
import fi.aloitepolku.initiative.application.PublicListRequest;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Initiatives over JSON: the same use cases as the staff pages, so the same rules and refusals. */
@Path("/initiatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives")
public class InitiativeResource {

    @Inject
    InitiativeQueries queries;

    @Inject
    InitiativeRegistration registration;

    @Inject
    InitiativeEditing editing;

    @Inject
    fi.aloitepolku.initiative.application.ConfidentialAccess accessLog;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List initiatives, newest first",
            description = "Keyset pages: pass the previous page's `next` as `cursor`. No personal data.")
    @APIResponse(responseCode = "200", description = "A page of initiatives")
    @APIResponse(responseCode = "400", description = "Unknown status or malformed cursor")
    public Response list(@Parameter(description = "Municipality id") @QueryParam("municipality") String municipality,
                         @Parameter(description = "One of the case statuses, e.g. IN_PREPARATION")
                         @QueryParam("status") String status,
                         @Parameter(description = "Words that the title or text must contain, each as the start of "
                                 + "a word (\"uimara\" finds \"uimaranta\"); a decision citation or diary number "
                                 + "finds the cases it names")
                         @QueryParam("q") String q,
                         @Parameter(description = "A theme, e.g. TRAFFIC") @QueryParam("theme") String theme,
                         @Parameter(description = "District id") @QueryParam("district") String district,
                         @Parameter(description = "Year received") @QueryParam("year") String year,
                         @Parameter(description = "How it arrived, e.g. RESIDENT_WEB_FORM") @QueryParam("channel") String channel,
                         @Parameter(description = "NEWEST (received, default) or ACTIVITY (latest change)")
                         @QueryParam("sort") String sort,
                         @QueryParam("cursor") String cursor,
                         @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > InitiativeQueries.MAX_PAGE_SIZE) {
            throw new RuleViolation("limit", "paging.limit.range", InitiativeQueries.MAX_PAGE_SIZE);
        }
        var filter = new PublicListRequest(municipality, status, q, theme, district, year, channel, sort).filter();
        var page = queries.publicList(filter, cursor, limit);
        var response = Response.ok(new InitiativeList(page.items(), page.next()));
        if (page.next() != null) {
            response.link(uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One initiative as residents see it (no contact details)")
    @APIResponse(responseCode = "200", description = "The initiative")
    @APIResponse(responseCode = "404", description = "No such initiative")
    public PublicInitiative get(@PathParam("id") long id) {
        return queries.publicView(id).orElseThrow(() -> new NotFound("initiative", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @SecurityRequirement(name = "staff")
    @Operation(summary = "Register an initiative received by the municipality")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new initiative")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in `errors`")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an agent or admin")
    public Response register(InitiativeDetails details) {
        long id = registration.register(details);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(queries.caseView(id).orElseThrow())
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @SecurityRequirement(name = "staff")
    @Operation(summary = "Correct an initiative", description = "`version` must be the version the edit started "
            + "from; if the initiative changed since, the answer is 409 and nothing is saved.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "409", description = "Changed by someone else since `version`")
    public PublicInitiative revise(@PathParam("id") long id, InitiativeRevision revision) {
        if (revision == null || revision.getVersion() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        editing.revise(id, revision.getVersion(), revision);
        return queries.caseView(id).orElseThrow();
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
    @SecurityRequirement(name = "staff")
    @Operation(summary = "The case log of an initiative, newest first (staff only; includes internal entries)")
    @APIResponse(responseCode = "200", description = "The newest entries, at most `limit`")
    @APIResponse(responseCode = "404", description = "No such initiative")
    public List<CaseEventEntry> events(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > InitiativeQueries.MAX_PAGE_SIZE) {
            throw new RuleViolation("limit", "paging.limit.range", InitiativeQueries.MAX_PAGE_SIZE);
        }
        queries.caseView(id).orElseThrow(() -> new NotFound("initiative", id));
        accessLog.noteView(id, "api:events");
        return queries.timeline(id, limit);
    }

    /** Query parameters are parsed here, so a malformed one is a 400 naming it (JAX-RS would say 404). */

}
