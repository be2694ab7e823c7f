package fi.aloitepolku.opendata.api;

import fi.aloitepolku.council.application.CouncilQueries;
import fi.aloitepolku.council.application.CouncilSummary;
import fi.aloitepolku.initiative.api.InitiativeList;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.PublicInitiativeSummary;
import fi.aloitepolku.initiative.application.PublicListRequest;
import fi.aloitepolku.opendata.application.OpenDataQueries;
import fi.aloitepolku.opendata.application.OpenInitiative;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open data, version 1: public data only, read-only, no login, CORS for any page, keyset pages, ETags so that
 * clients can poll cheaply (a 304 costs one indexed read), and the same list as CSV.
 */
@Path("/v1")
@RequestScoped
@Tag(name = "Open data v1")
public class OpenDataResource {

    static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    InitiativeQueries initiatives;

    @Inject
    OpenDataQueries openData;

    @Inject
    CouncilQueries councils;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    @Path("/initiatives")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Initiatives, newest first (or sort=ACTIVITY), filtered as the residents' site is",
            description = "Filters: municipality (id), status, q (words), theme, district (id), year, channel. Keyset "
                    + "pages: pass `next` as `cursor`; a page stays stable when new initiatives arrive. ETag and "
                    + "Last-Modified on every answer; send If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "page", value = "{\"items\": [{\"id\": 12, \"title\": \"Katuvalot "
                    + "Väinölän kevyen liikenteen väylälle\", \"status\": \"RECEIVED\", \"receivedOn\": \"2026-09-14\", "
                    + "\"municipalityId\": 1, \"municipalityFi\": \"Pori\", \"municipalitySv\": \"Björneborg\"}], "
                    + "\"next\": \"MjAyNi0wOS0xNH4xMg\"}")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    @APIResponse(responseCode = "400", description = "Unknown filter value or malformed cursor (problem+json)")
    public Response list(@QueryParam("municipality") String municipality, @QueryParam("status") String status,
                         @QueryParam("q") String q, @QueryParam("theme") String theme,
                         @QueryParam("district") String district, @QueryParam("year") String year,
                         @QueryParam("channel") String channel, @QueryParam("sort") String sort,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        var page = page(municipality, status, q, theme, district, year, channel, sort, cursor, limit);
        if (page.notModified() != null) {
            return page.notModified();
        }
        return page.tagged.type(MediaType.APPLICATION_JSON).entity(new InitiativeList(page.items, page.next)).build();
    }

    @GET
    @Path("/initiatives.csv")
    @Produces(CSV)
    @Operation(summary = "The same list as CSV (UTF-8, comma-separated, header row); `next` in the Link header")
    public Response csv(@QueryParam("municipality") String municipality, @QueryParam("status") String status,
                        @QueryParam("q") String q, @QueryParam("theme") String theme,
                        @QueryParam("district") String district, @QueryParam("year") String year,
                        @QueryParam("channel") String channel, @QueryParam("sort") String sort,
                        @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("100") int limit) {
        var page = page(municipality, status, q, theme, district, year, channel, sort, cursor, limit);
        if (page.notModified() != null) {
            return page.notModified();
        }
        var out = new StringBuilder("id,title,status,received_on,municipality_id,municipality_fi,municipality_sv\r\n");
        for (var i : page.items) {
            out.append(i.id()).append(',').append(Csv.cell(i.title())).append(',').append(i.status()).append(',')
                    .append(i.receivedOn()).append(',').append(i.municipalityId()).append(',')
                    .append(Csv.cell(i.municipalityFi())).append(',').append(Csv.cell(i.municipalitySv())).append("\r\n");
        }
        return page.tagged.type(CSV).header("Content-Disposition", "attachment; filename=\"initiatives.csv\"")
                .entity(out.toString()).build();
    }

    @GET
    @Path("/initiatives/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One initiative with its public timeline, hearings, council statements and decision")
    @APIResponse(responseCode = "404", description = "No such initiative")
    public Response initiative(@PathParam("id") long id) {
        String stamp = initiatives.publicPageStamp(id);
        if (stamp == null) {
            throw new NotFound("initiative", id);
        }
        var tag = new EntityTag("v1-i" + id + "-" + digest(stamp));
        var unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        OpenInitiative initiative = openData.initiative(id).orElseThrow(() -> new NotFound("initiative", id));
        return Response.ok(initiative, MediaType.APPLICATION_JSON).tag(tag)
                .lastModified(Date.from(initiative.updatedAt())).build();
    }

    @GET
    @Path("/councils")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The influence bodies (youth, elderly, disability councils and others) and the municipalities each serves")
    public List<CouncilSummary> councils() {
        return councils.list();
    }

    @OPTIONS
    @Path("{any: .*}")
    @Operation(hidden = true)
    public Response preflight() {
        return Response.noContent().build();
    }

    /** A page to send, or {@code notModified} when the client's copy is current. */
    private record Page(List<PublicInitiativeSummary> items, String next, Response.ResponseBuilder tagged,
                        Response notModified) {
    }

    private Page page(String municipality, String status, String q, String theme, String district, String year,
                      String channel, String sort, String cursor, int limit) {
        if (limit < 1 || limit > InitiativeQueries.MAX_PAGE_SIZE) {
            throw new RuleViolation("limit", "paging.limit.range", InitiativeQueries.MAX_PAGE_SIZE);
        }
        var filter = new PublicListRequest(municipality, status, q, theme, district, year, channel, sort).filter();
        // The newest change anywhere and the question asked: unchanged both, the answer is unchanged too
        String stamp = initiatives.publicListStamp();
        var tag = new EntityTag("v1-l-" + digest(stamp + "|" + uri.getRequestUri().getRawQuery()));
        var unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return new Page(List.of(), null, null, unchanged.tag(tag).build());
        }
        var result = initiatives.publicList(filter, cursor, limit);
        var builder = Response.ok().tag(tag);
        Instant last = lastModified(stamp);
        if (last != null) {
            builder.lastModified(Date.from(last));
        }
        if (result.next() != null) {
            builder.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", result.next()).build(), "next");
        }
        return new Page(result.items(), result.next(), builder, null);
    }

    private static Instant lastModified(String stamp) {
        try {
            return java.time.LocalDateTime.parse(stamp.split("/")[0].replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
