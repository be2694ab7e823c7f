package fi.aloitepolku.reporting.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The statistics as CSV rows (its own path: "statistics.csv" is not a sub-path of "statistics"). */
@Path("/v1/statistics.csv")
@RequestScoped
@Tag(name = "Open data v1")
public class StatisticsCsvResource {

    @Inject
    StatisticsResource statistics;

    @GET
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The same figures as CSV rows: measure, key, value")
    public Response csv(@QueryParam("municipality") Long municipality, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        var f = statistics.figures(municipality, from, to);
        var out = new StringBuilder("measure,key,value\r\n");
        row(out, "received", "", f.received());
        rows(out, "per_month", f.perMonth());
        rows(out, "by_channel", f.byChannel());
        rows(out, "by_theme", f.byTheme());
        rows(out, "by_status", f.byStatus());
        row(out, "decided", "", f.decided());
        row(out, "median_days_to_decision", "", f.medianDaysToDecision());
        row(out, "p90_days_to_decision", "", f.p90DaysToDecision());
        row(out, "statutory_decided", "", f.statutoryDue());
        row(out, "statutory_within", "", f.statutoryMet());
        row(out, "own_target_decided", "", f.ownTargetDue());
        row(out, "own_target_within", "", f.ownTargetMet());
        row(out, "hearings", "", f.hearings());
        row(out, "statements_asked", "", f.statementsAsked());
        row(out, "statements_received", "", f.statementsReceived());
        return Response.ok(out.toString(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"statistics.csv\"").build();
    }

    private static void rows(StringBuilder out, String measure, Map<String, Long> counts) {
        // a suppressed count (fewer than five, one of them not public) is written as in the tables
        counts.forEach((k, v) -> row(out, measure, k, v == null ? "<5" : v));
    }

    private static void row(StringBuilder out, String measure, String key, Object value) {
        out.append(measure).append(',').append(key).append(',').append(value == null ? "" : value).append("\r\n");
    }

}
