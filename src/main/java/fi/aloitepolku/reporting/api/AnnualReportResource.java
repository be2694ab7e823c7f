package fi.aloitepolku.reporting.api;

import fi.aloitepolku.platform.i18n.SupportedLocales;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.reporting.application.AnnualReportQueries;
import fi.aloitepolku.reporting.application.Period;
import fi.aloitepolku.reporting.application.ReportPdf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The council's annual report as a PDF, in Finnish or Swedish; the same content as the HTML page. */
@Path("/v1/annual-report.pdf")
@RequestScoped
@Tag(name = "Open data v1")
public class AnnualReportResource {

    @Inject
    AnnualReportQueries reports;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "Initiatives in the council's competence received in a period, with status, dates, "
            + "measures and decision citations (PDF; `lang` fi or sv)")
    public Response pdf(@QueryParam("municipality") Long municipality, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("lang") String lang) {
        if (municipality == null) {
            throw new RuleViolation("municipality", "initiative.municipality.required");
        }
        Locale locale = "sv".equals(lang) ? SupportedLocales.SWEDISH : SupportedLocales.FINNISH;
        var period = Period.lastYear(from, to);
        var report = reports.report(municipality, period.from(), period.to());
        return Response.ok(ReportPdf.render(report, locale), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"aloitteet-" + municipality + ".pdf\"").build();
    }
}
