package fi.aloitepolku.reporting.api;

import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.reporting.application.Figures;
import fi.aloitepolku.reporting.application.StatisticsQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
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
        return statistics.figures(municipality, date("from", from, LocalDate.now().withDayOfYear(1)),
                date("to", to, LocalDate.now()));
    }

    static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "statistics.period.invalid");
        }
    }
}
