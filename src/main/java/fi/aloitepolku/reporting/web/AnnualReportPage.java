package fi.aloitepolku.reporting.web;

import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.i18n.Texts;
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
public class AnnualReportPage {

    @Inject
    AnnualReportQueries reports;

    @Inject
    LocaleSelection locale;

    private Long municipality;
    private String from;
    private String to;
    private AnnualReport report;
    private String problem;

    public void load() {
        if (municipality == null) {
            return;
        }
        try {
            var period = Period.lastYear(from, to);
            report = reports.report(municipality, period.from(), period.to());
        } catch (RuleViolation e) {
            problem = Texts.get(locale.getLocale(), e.messageKey(), e.arguments());
        } catch (NotFound e) {
            problem = Texts.get(locale.getLocale(), "follow.unknownTarget");
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

    public String getProblem() {
        return problem;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
