package fi.aloitepolku.assignment.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a feature knows a case is waiting for from someone else (a council's statement, a hearing still open),
 * reported per agent in one statement each. The workload view asks every implementation; features implement
 * it, so that assignment never depends on them.
 */
public interface WaitingOnOthers {

    /** Case ids per assigned agent that wait on someone else today. */
    Map<Long, Set<Long>> casesByAgent(LocalDate today);

    /** What others owe past its deadline, counted per assigned agent (e.g. statements not in by their deadline). */
    default Map<Long, Long> overdueByAgent(LocalDate today) {
        return Map.of();
    }
}
