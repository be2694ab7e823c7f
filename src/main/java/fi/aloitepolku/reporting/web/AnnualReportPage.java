package fi.aloitepolku.reporting.web;

import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.reporting.application.AnnualReport;
import fi.aloitepolku.reporting.application.AnnualReportQueries;
import fi.aloitepolku.reporting.application.Period;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The annual report to the council as an accessible page: the same content as its PDF. */
@Named
@RequestScoped
public class AnnualReportPage extends PeriodForm {

    @Inject
    AnnualReportQueries reports;

    private AnnualReport report;

    public void load() {
        if (getMunicipality() == null) {
            return;
        }
        try {
            var period = Period.lastYear(getFrom(), getTo());
            report = reports.report(getMunicipality(), period.from(), period.to());
        } catch (RuleViolation e) {
            refused(e.messageKey(), e.arguments());
        } catch (NotFound e) {
            refused("follow.unknownTarget");
        }
    }

    /** The form's dates when none are chosen: last year. */
    public LocalDate defaultFrom() {
        return Period.lastYear(null, null).from();
    }

    public LocalDate defaultTo() {
        return Period.lastYear(null, null).to();
    }


    public AnnualReport getReport() {
        return report;
    }
}
