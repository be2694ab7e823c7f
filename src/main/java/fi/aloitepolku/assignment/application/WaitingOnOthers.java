package fi.aloitepolku.assignment.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a feature knows a case is waiting for from someone else (a council's statement, a hearing still open),
 * reported per agent as case ids, in one statement. The workload view asks every implementation.
 */
public interface WaitingOnOthers {

    Map<Long, Set<Long>> casesByAgent(LocalDate today);
}
