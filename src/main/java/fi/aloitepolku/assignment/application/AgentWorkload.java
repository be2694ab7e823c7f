package fi.aloitepolku.assignment.application;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import java.time.Instant;
import java.util.Map;

/**
 * One agent's load: open cases by status, deadlines passed, cases waiting on others (an open hearing or a
 * council statement not yet in), what others owe past its deadline (statements), and when their
 * longest-untouched open case last changed.
 */
public record AgentWorkload(long agentId, String displayName, Map<InitiativeStatus, Long> openByStatus,
                            long overdue, long waitingOnOthers, long overdueFromOthers, Instant oldestUntouched,
                            boolean absentToday) {

    public long open() {
        return openByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(InitiativeStatus status) {
        return openByStatus.getOrDefault(status, 0L);
    }
}
