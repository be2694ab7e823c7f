package fi.aloitepolku.reporting.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The report to the council (Local Government Act §23: at least once a year the council is told of the
 * initiatives in its competence and the measures taken): one municipality, one period of receipt.
 */
public record AnnualReport(long municipalityId, String municipalityFi, String municipalitySv, LocalDate from,
                           LocalDate to, List<ReportRow> rows) {
}
