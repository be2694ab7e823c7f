package fi.aloitepolku.initiative.api;

import fi.aloitepolku.initiative.application.InitiatorMessageEntry;
import fi.aloitepolku.initiative.application.InitiatorMessageInput;
import fi.aloitepolku.initiative.application.InitiatorMessages;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the initiator of a case was told, and when. Staff only: the texts may carry personal details. */
@Path("/initiatives/{id}/initiator-messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Agents and deadlines")
public class InitiatorMessageResource {

    @Inject
    InitiatorMessages messages;

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Messages sent to the initiator, newest first")
    public List<InitiatorMessageEntry> list(@PathParam("id") long id) {
        return messages.of(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "Record a message sent to the initiator",
            description = "`purpose` ACKNOWLEDGEMENT, ANSWER, DECISION or OTHER; `channel` EMAIL, LETTER, PHONE, "
                    + "MEETING or OTHER; `sentOn` a date not in the future nor before the case arrived. A case cannot "
                    + "be closed before one message is recorded.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Missing or invalid fields")
    public Response record(@PathParam("id") long id, InitiatorMessageInput input) {
        long messageId = messages.record(id, input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(messageId)).build())
                .entity(messages.of(id).stream().filter(m -> m.id() == messageId).findFirst().orElseThrow())
                .build();
    }
}
