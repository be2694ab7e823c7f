package fi.aloitepolku.hearing.api;

import fi.aloitepolku.hearing.application.CalendarEntry;
import fi.aloitepolku.hearing.application.HearingQueries;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.platform.api.ApiLocale;
import fi.aloitepolku.platform.i18n.SupportedLocales;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public calendar feeds of hearings and resident events, for calendar programs to subscribe to. No login and
 * no personal data: what, when, where, and a link to the case's public page.
 */
@Path("/calendar")
@RequestScoped
@Tag(name = "Calendar")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    HearingQueries hearings;

    @Inject
    InitiativeQueries initiatives;

    @Inject
    HelsinkiTime time;

    @Inject
    @ConfigProperty(name = "app.calendar.uid-domain", defaultValue = "aloitepolku")
    String uidDomain;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Path("municipality/{code}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "Hearings and resident events of a municipality (Statistics Finland code, e.g. 609)",
            description = "iCalendar; the past year and everything coming. `lang` = fi, sv or en.")
    @APIResponse(responseCode = "200", description = "An iCalendar feed")
    @APIResponse(responseCode = "404", description = "No such municipality")
    public Response municipality(@PathParam("code") String code, @QueryParam("lang") String lang) {
        if (code == null || !code.matches("\\d{3}") || !hearings.municipalityExists(code)) {
            throw new NotFound("municipality", code);
        }
        Locale locale = locale(lang);
        return feed(Texts.get(locale, "calendar.municipality", code), hearings.calendarOfMunicipality(code), locale,
                "municipality-" + code);
    }

    @GET
    @Path("initiative/{id}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "Hearings and resident events of one initiative", description = "iCalendar")
    @APIResponse(responseCode = "200", description = "An iCalendar feed")
    @APIResponse(responseCode = "404", description = "No such initiative")
    public Response initiative(@PathParam("id") long id, @QueryParam("lang") String lang) {
        var initiative = initiatives.publicView(id).orElseThrow(() -> new NotFound("initiative", id));
        Locale locale = locale(lang);
        return feed(initiative.title(), hearings.calendarOfCase(id), locale, "initiative-" + id);
    }

    private Response feed(String name, List<CalendarEntry> entries, Locale locale, String file) {
        String publicSite = uriInfo.getBaseUri().resolve("..").toString();
        String body = ICalendarWriter.write(name, entries, time.now(),
                e -> Texts.get(locale, "hearingKind." + e.kind().name()),
                caseId -> publicSite + "initiative?id=" + caseId, uidDomain);
        return Response.ok(body, TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + file + ".ics\"")
                .header("Cache-Control", "public, max-age=300")
                .build();
    }

    private Locale locale(String lang) {
        Locale chosen = SupportedLocales.byTag(lang);
        return chosen != null ? chosen : ApiLocale.of(headers);
    }
}
