package fi.aloitepolku.notification.api;

import fi.aloitepolku.notification.application.DeliveryReport;
import fi.aloitepolku.notification.application.OutboxClaims;
import fi.aloitepolku.notification.application.OutboxDelivery;
import fi.aloitepolku.notification.application.OutboxEntry;
import fi.aloitepolku.notification.application.OutboxQueries;
import fi.aloitepolku.notification.application.TestMessage;
import fi.aloitepolku.notification.domain.OutboxStatus;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The e-mail outbox, for administrators. */
@Path("/admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DEPLOYMENT_ADMIN)
@SecurityRequirement(name = "staff")
@Tag(name = "Notifications")
public class OutboxResource {

    @Inject
    OutboxQueries queries;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxClaims claims;

    @Inject
    TestMessage testMessage;

    /** A page of the outbox and {@code before} for the next (older) page. */
    public record Page(List<OutboxEntry> items, Long before) {
    }

    /** Where to send a test e-mail. */
    public record TestRequest(String recipient) {
    }

    @GET
    @Operation(summary = "Outgoing e-mail, newest first", description = "`status` PENDING, SENDING, SENT or FAILED.")
    public Page list(@QueryParam("status") String status, @QueryParam("before") Long before,
                     @QueryParam("limit") @DefaultValue("20") int limit) {
        OutboxStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = OutboxStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("status", "outbox.status.unknown");
            }
        }
        var items = queries.page(wanted, before, limit);
        return new Page(items, items.size() < Math.max(1, Math.min(limit, 100)) ? null : items.getLast().id());
    }

    @POST
    @Path("/deliveries")
    @Operation(summary = "Deliver what is due now (the timer does this every 30 s)")
    public DeliveryReport deliver() {
        return delivery.deliverDue();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Try a pending or failed message again now")
    public Response retry(@PathParam("id") long id) {
        if (!claims.retryNow(id)) {
            throw new StateConflict("outbox.retry.notPossible");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/test-message")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a test e-mail to check the mail settings")
    public Response test(TestRequest request) {
        testMessage.send(request == null ? null : request.recipient());
        return Response.status(Response.Status.ACCEPTED).build();
    }
}
