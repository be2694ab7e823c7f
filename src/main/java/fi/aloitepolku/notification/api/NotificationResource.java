package fi.aloitepolku.notification.api;

import fi.aloitepolku.notification.application.NotificationQueries;
import fi.aloitepolku.notification.application.StaffNotice;
import fi.aloitepolku.platform.api.ApiLocale;
import fi.aloitepolku.platform.security.Roles;
import fi.aloitepolku.staff.application.SignedInStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notifications. */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
@SecurityRequirement(name = "staff")
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    NotificationQueries queries;


    @Inject
    SignedInStaff signedIn;

    @Context
    HttpHeaders headers;

    /** A page of notices, the unread count, and {@code before} for the next (older) page. */
    public record Page(long unread, List<StaffNotice> items, Long before) {
    }

    @GET
    @Operation(summary = "My notifications, newest first, in the language of Accept-Language",
            description = "Pass the previous page's `before` for older ones.")
    public Page list(@QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("20") int limit) {
        long me = self();
        var items = queries.page(me, before, limit, ApiLocale.of(headers));
        return new Page(queries.unread(me), items,
                items.size() < Math.max(1, Math.min(limit, 100)) ? null : items.getLast().id());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    public Page read(@PathParam("id") long id) {
        queries.markRead(self(), id);
        return list(null, 20);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my notifications read")
    public Page readAll() {
        queries.markAllRead(self());
        return list(null, 20);
    }

    private long self() {
        return signedIn.id().orElseThrow();
    }
}
