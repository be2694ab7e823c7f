package fi.aloitepolku.reporting.web;

import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.reporting.application.AnnualReport;
import fi.aloitepolku.reporting.application.AnnualReportQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
            report = reports.report(municipality, date(from, defaultFrom()), date(to, defaultTo()));
        } catch (RuleViolation e) {
            problem = Texts.get(locale.getLocale(), e.messageKey(), e.arguments());
        } catch (NotFound e) {
            problem = Texts.get(locale.getLocale(), "follow.unknownTarget");
        }
    }

    /** Last year by default: the report is made after the year it covers. */
    public LocalDate defaultFrom() {
        return LocalDate.now().minusYears(1).withDayOfYear(1);
    }

    public LocalDate defaultTo() {
        return LocalDate.now().minusYears(1).withMonth(12).withDayOfMonth(31);
    }

    private static LocalDate date(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("from", "statistics.period.invalid");
        }
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
