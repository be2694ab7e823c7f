package fi.aloitepolku.reporting.web;

import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.reporting.application.Figures;
import fi.aloitepolku.reporting.application.Period;
import fi.aloitepolku.reporting.application.StatisticsQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The statistics page, public and for staff alike (aggregates only): each breakdown as a table with a bar per
 * row drawn in CSS, so it needs no script and the numbers are always there as text.
 */
@Named
@RequestScoped
public class StatisticsPage extends PeriodForm {

    @Inject
    StatisticsQueries statistics;

    private Figures figures;

    public void load() {
        try {
            var period = Period.thisYear(getFrom(), getTo());
            figures = statistics.figures(getMunicipality(), period.from(), period.to());
        } catch (RuleViolation e) {
            refused(e.messageKey(), e.arguments());
        }
    }


    /** A bar's width in percent of the largest count of its table. */
    public long width(Map<String, Long> counts, long value) {
        // a suppressed row (null) has no bar
        long max = counts.values().stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * value / max);
    }

    public List<Map.Entry<String, Long>> rows(Map<String, Long> counts) {
        return Figures.rows(counts);
    }

    public String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    public Figures getFigures() {
        return figures;
    }
}
