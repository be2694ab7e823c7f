package fi.aloitepolku.notification.api;

import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.PublicListFilter;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.rules.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom feeds of the same updates followers get by e-mail: a case's public record, and a municipality's new
 * cases. Public, no personal data; a fixed number of statements however long a case's log; ETag for polling.
 */
@Path("/feeds")
@RequestScoped
@Tag(name = "Feeds")
public class FeedResource {

    static final int ENTRIES = 50;
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final Locale FINNISH = Locale.of("fi");

    @Inject
    InitiativeQueries queries;

    @Inject
    MunicipalityDirectory municipalities;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @Path("/initiative/{id}.atom")
    @Produces(ATOM)
    @Operation(summary = "A case's public record as an Atom feed (newest 50 entries)")
    public Response initiative(@PathParam("id") long id) {
        String stamp = queries.publicPageStamp(id);
        if (stamp == null) {
            throw new NotFound("initiative", id);
        }
        var tag = new EntityTag("i" + id + "-" + stamp);
        var unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        var initiative = queries.publicView(id).orElseThrow(() -> new NotFound("initiative", id));
        String page = base() + "initiative?id=" + id;
        List<AtomWriter.Entry> entries = new ArrayList<>();
        for (var e : queries.publicTimeline(id, ENTRIES)) {
            String title = e.kind() == CaseEventKind.STATUS_CHANGED && e.statusAfter() != null
                    ? Texts.get(FINNISH, "status.public." + e.statusAfter().name())
                    : Texts.get(FINNISH, "follow.mail.update.step");
            // Stable across feed versions: when, what kind, and which step or status
            String entryId = "urn:aloitepolku:initiative:" + id + ":" + e.occurredAt().toEpochMilli() + ":" + e.kind()
                    + ":" + (e.caseStepId() != null ? e.caseStepId() : String.valueOf(e.statusAfter()));
            entries.add(new AtomWriter.Entry(entryId, title, e.publicNote(), page, e.occurredAt()));
        }
        Instant updated = entries.isEmpty() ? initiative.updatedAt() : entries.getFirst().updated();
        String xml = AtomWriter.feed("urn:aloitepolku:initiative:" + id, initiative.title(), page,
                uri.getRequestUri().toString(), updated, entries);
        return Response.ok(xml, ATOM).tag(tag).build();
    }

    @GET
    @Path("/municipality/{id}.atom")
    @Produces(ATOM)
    @Operation(summary = "A municipality's newest cases as an Atom feed (50)")
    public Response municipality(@PathParam("id") long id) {
        var municipality = municipalities.find(id).orElseThrow(() -> new NotFound("municipality", id));
        var tag = new EntityTag("m" + id + "-" + queries.publicListStamp());
        var unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        var page = queries.publicList(new PublicListFilter(id, null, null, null, null, null, null,
                PublicListFilter.Sort.NEWEST), null, ENTRIES);
        List<AtomWriter.Entry> entries = page.items().stream().map(i -> new AtomWriter.Entry(
                "urn:aloitepolku:initiative:" + i.id(), i.title(),
                Texts.get(FINNISH, "status.public." + i.status().name()), base() + "initiative?id=" + i.id(),
                i.receivedOn().atStartOfDay(fi.aloitepolku.platform.time.HelsinkiTime.ZONE).toInstant())).toList();
        Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.getFirst().updated();
        String xml = AtomWriter.feed("urn:aloitepolku:municipality:" + municipality.code(), municipality.nameFi(),
                base() + "?municipality=" + id, uri.getRequestUri().toString(), updated, entries);
        return Response.ok(xml, ATOM).tag(tag).build();
    }

    /** The site's root URL: the API lives at /api under it. */
    private String base() {
        return uri.getBaseUri().resolve("..").toString();
    }
}
