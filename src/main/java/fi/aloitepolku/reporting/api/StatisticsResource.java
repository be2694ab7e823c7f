package fi.aloitepolku.reporting.api;

import fi.aloitepolku.reporting.application.Figures;
import fi.aloitepolku.reporting.application.Period;
import fi.aloitepolku.reporting.application.StatisticsQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics as open data: aggregates over a period (default: this year so far), JSON or CSV. */
@Path("/v1/statistics")
@RequestScoped
@Tag(name = "Open data v1")
public class StatisticsResource {

    @Inject
    StatisticsQueries statistics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Initiatives received per month, by channel, theme and status; days to decision "
            + "(median, 90th percentile); shares decided within the statutory and own targets; hearings; statements",
            description = "`municipality` (id, optional), `from` and `to` (dates received, default the current year).")
    public Figures figures(@QueryParam("municipality") Long municipality, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        var period = Period.thisYear(from, to);
        return statistics.figures(municipality, period.from(), period.to());
    }

}
