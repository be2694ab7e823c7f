package fi.aloitepolku.reporting.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a municipality (or all) over a period: aggregates only, never a person. Days to decision
 * are whole days from receipt to the first decided status; "within target" shares are of the cases decided.
 */
public record Figures(long received, Map<String, Long> perMonth, Map<String, Long> byChannel,
                      Map<String, Long> byTheme, Map<String, Long> byStatus, long decided,
                      Double medianDaysToDecision, Double p90DaysToDecision, long statutoryDue,
                      long statutoryMet, long ownTargetDue, long ownTargetMet, long hearings,
                      long statementsAsked, long statementsReceived) {

    public Double statutoryShare() {
        return statutoryDue == 0 ? null : (double) statutoryMet / statutoryDue;
    }

    public Double ownTargetShare() {
        return ownTargetDue == 0 ? null : (double) ownTargetMet / ownTargetDue;
    }

    /** Rows of one breakdown for a table or CSV, in the map's order. */
    public static List<Map.Entry<String, Long>> rows(Map<String, Long> counts) {
        return List.copyOf(new LinkedHashMap<>(counts).entrySet());
    }
}
