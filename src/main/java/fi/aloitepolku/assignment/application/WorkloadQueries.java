package fi.aloitepolku.assignment.application;

import fi.aloitepolku.assignment.domain.ClockKind;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workload of agents, side by side. A fixed number of grouped statements whatever the number of agents and
 * cases: agents, open cases by agent and status (with the oldest change), overdue deadlines, and what other
 * features report as waiting on someone else.
 */
@ApplicationScoped
public class WorkloadQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    /** Features that know what a case waits for (council statements, hearings) report it per agent. */
    @Inject
    Instance<WaitingOnOthers> waiting;

    /** All active agents; {@code onlyAgentId} narrows to one. */
    public List<AgentWorkload> agents(Long onlyAgentId) {
        var today = time.today();
        @SuppressWarnings("unchecked")
        List<Object[]> agents = em.createNativeQuery("""
                select u.id, u.display_name,
                       exists (select 1 from agent_absence a where a.staff_user_id = u.id
                               and a.starts_on <= ?1 and a.ends_on >= ?1)
                from staff_user u join staff_user_role r on r.staff_user_id = u.id and r.role = 'AGENT'
                where u.active = true and (?2 is null or u.id = ?2)
                order by u.display_name, u.id
                """).setParameter(1, today).setParameter(2, onlyAgentId).getResultList();
        @SuppressWarnings("unchecked")
        // "(? is null or column = ?)" would hide the agent from the index: the condition is written only when set
        List<Object[]> byStatus = em.createNativeQuery("select assigned_agent_id, status, count(*), min(updated_at) "
                        + "from initiative where status in (" + AssignmentCandidates.OPEN_STATUSES + ") and "
                        + (onlyAgentId != null ? "assigned_agent_id = ?1 " : "assigned_agent_id is not null and ?1 is null ")
                        + "group by assigned_agent_id, status")
                .setParameter(1, onlyAgentId).getResultList();
        // One agent: walk their cases (agent index) and look up each one's deadlines by key; all agents: walk
        // the running deadlines (their index) once. The other way round either reads far more rows.
        String overdueSql = onlyAgentId != null
                ? "select i.assigned_agent_id, count(distinct i.id) from initiative i straight_join case_deadline d "
                        + "on d.initiative_id = i.id where i.assigned_agent_id = ?2 and i.status in ("
                        + AssignmentCandidates.OPEN_STATUSES + ") and d.met_on is null and d.due_on < ?1 "
                        + "group by i.assigned_agent_id"
                : "select i.assigned_agent_id, count(distinct i.id) from case_deadline d join initiative i "
                        + "on i.id = d.initiative_id where d.met_on is null and d.due_on < ?1 "
                        + "and i.assigned_agent_id is not null and i.status in (" + AssignmentCandidates.OPEN_STATUSES
                        + ") and ?2 is null group by i.assigned_agent_id";
        @SuppressWarnings("unchecked")
        List<Object[]> overdue = em.createNativeQuery(overdueSql)
                .setParameter(1, today).setParameter(2, onlyAgentId).getResultList();
        Map<Long, Set<Long>> waitingCases = new HashMap<>();
        Map<Long, Long> overdueElsewhere = new HashMap<>();
        for (WaitingOnOthers source : waiting) {
            source.casesByAgent(today).forEach((agent, cases) ->
                    waitingCases.computeIfAbsent(agent, a -> new HashSet<>()).addAll(cases));
            source.overdueByAgent(today).forEach((agent, count) -> overdueElsewhere.merge(agent, count, Long::sum));
        }

        Map<Long, Map<InitiativeStatus, Long>> counts = new HashMap<>();
        Map<Long, Instant> oldest = new HashMap<>();
        for (Object[] row : byStatus) {
            long agent = ((Number) row[0]).longValue();
            counts.computeIfAbsent(agent, a -> new EnumMap<>(InitiativeStatus.class))
                    .put(InitiativeStatus.valueOf((String) row[1]), ((Number) row[2]).longValue());
            Instant changed = SqlValues.instant(row[3]);
            oldest.merge(agent, changed, (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<Long, Long> overdueCounts = new HashMap<>();
        overdue.forEach(r -> overdueCounts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));

        List<AgentWorkload> result = new ArrayList<>();
        for (Object[] a : agents) {
            long id = ((Number) a[0]).longValue();
            result.add(new AgentWorkload(id, (String) a[1], counts.getOrDefault(id, Map.of()),
                    overdueCounts.getOrDefault(id, 0L), waitingCases.getOrDefault(id, Set.of()).size(),
                    overdueElsewhere.getOrDefault(id, 0L),
                    oldest.get(id), SqlValues.truthy(a[2])));
        }
        return result;
    }

    /** Open cases nobody owns: the administrator's first worry. */
    public long unassignedOpen() {
        return ((Number) em.createNativeQuery("select count(*) from initiative where assigned_agent_id is null "
                + "and status in (" + AssignmentCandidates.OPEN_STATUSES + ")").getSingleResult()).longValue();
    }

    /**
     * An agent's running deadlines, passed and coming, soonest first (at most {@code limit}). The inner query
     * sorts only keys (the agent index covers the case ids); titles are read for the rows shown: on the
     * national data set 7–10 ms instead of 54 ms for an agent with 3,300 cases.
     */
    public List<DeadlineItem> deadlines(long agentId, int limit) {
        var today = time.today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select x.initiative_id, i.title, x.kind, x.due_on
                from (select d.initiative_id, d.kind, d.due_on
                      from initiative i straight_join case_deadline d on d.initiative_id = i.id
                      where i.assigned_agent_id = ?1 and i.status in (%s) and d.met_on is null
                      order by d.due_on, d.initiative_id
                      limit ?2) x
                straight_join initiative i on i.id = x.initiative_id
                order by x.due_on, x.initiative_id
                """.formatted(AssignmentCandidates.OPEN_STATUSES))
                .setParameter(1, agentId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> {
            var due = SqlValues.date(r[3]);
            return new DeadlineItem(((Number) r[0]).longValue(), (String) r[1], ClockKind.valueOf((String) r[2]), due,
                    ChronoUnit.DAYS.between(today, due));
        }).toList();
    }


}
