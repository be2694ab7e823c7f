package fi.aloitepolku.initiative.api;

import fi.aloitepolku.initiative.application.CaseTransitions;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.PublicInitiative;
import fi.aloitepolku.initiative.application.TransitionOption;
import fi.aloitepolku.initiative.application.TransitionRequest;
import fi.aloitepolku.platform.api.ApiLocale;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.rules.NotFound;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moves a case along its lifecycle, with the same rules and refusals as the case page. */
@Path("/initiatives/{id}/transitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Case workflow")
public class CaseTransitionResource {

    @Inject
    CaseTransitions transitions;

    @Inject
    InitiativeQueries queries;

    @Context
    HttpHeaders headers;

    /** A move offered now, with the reasons (in the client's language) that still hold it back. */
    public record Option(String transition, String to, boolean reasonRequired, boolean possible, List<String> blockers) {
    }

    @GET
    @Operation(summary = "The moves the case can make now from its status, and what still holds each back")
    public List<Option> options(@PathParam("id") long id) {
        var locale = ApiLocale.of(headers);
        return transitions.options(id).stream().map((TransitionOption o) -> new Option(o.transition().name(),
                o.to().name(), o.reasonRequired(), o.possible(), o.blockers().stream()
                .map(b -> Texts.get(locale, b.messageKey(), b.arguments())).toList())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the case", description = "`transition` is one of ACCEPT, MERGE, TRANSFER, REJECT, "
            + "START_PREPARATION, PROPOSE_DECISION, RETURN_TO_PREPARATION, RECORD_DECISION, COMMUNICATE_DECISION, "
            + "CLOSE, WITHDRAW. Screening, returning and withdrawing need a `comment` (the reason); MERGE needs "
            + "`mergeInto`. `version` is the case version the request was made from.")
    @APIResponse(responseCode = "200", description = "Moved; the case as residents now see it")
    @APIResponse(responseCode = "400", description = "A reason, target or version missing or invalid")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status, steps still missing, "
            + "or the case changed since `version`")
    public PublicInitiative move(@PathParam("id") long id, TransitionRequest request) {
        transitions.apply(id, request);
        return queries.caseView(id).orElseThrow(() -> new NotFound("initiative", id));
    }
}
