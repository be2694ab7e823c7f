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

    /** Administrators see the agents and cases of their own municipalities. */
    @Inject
    fi.aloitepolku.staff.application.AccessScope scope;

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
                where u.active = true and (?2 is null or u.id = ?2)""" + scope.andStaffSharing("u.id") + """
                order by u.display_name, u.id
                """).setParameter(1, today).setParameter(2, onlyAgentId).getResultList();
        @SuppressWarnings("unchecked")
        // "(? is null or column = ?)" would hide the agent from the index: the condition is written only when set
        List<Object[]> byStatus = em.createNativeQuery("select assigned_agent_id, status, count(*), min(updated_at) "
                        + "from initiative where status in (" + AssignmentCandidates.OPEN_STATUSES + ") and "
                        + (onlyAgentId != null ? "assigned_agent_id = ?1 " : "assigned_agent_id is not null and ?1 is null ")
                        + scope.andMunicipalityIn("municipality_id") + " group by assigned_agent_id, status")
                .setParameter(1, onlyAgentId).getResultList();
        // A case is overdue when its soonest running deadline has passed: one range of the (agent, next due) index
        String overdueSql = "select assigned_agent_id, count(*) from initiative where next_due_on < ?1 and "
                + (onlyAgentId != null ? "assigned_agent_id = ?2 " : "assigned_agent_id is not null and ?2 is null ")
                + scope.andMunicipalityIn("municipality_id") + " group by assigned_agent_id";
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
                + "and status in (" + AssignmentCandidates.OPEN_STATUSES + ")" + scope.andMunicipalityIn("municipality_id"))
                .getSingleResult()).longValue();
    }

    /**
     * An agent's running deadlines, passed and coming, soonest first (at most {@code limit}). The soonest
     * {@code limit} deadlines all belong to the {@code limit} cases whose soonest running deadline comes first
     * (each case ranked before another has a deadline before it), so the query reads that many cases from the
     * (agent, next due) index and then only their deadlines: about 1 ms for an agent with 3,300 cases, where
     * reading every deadline of every case took 5–10 ms.
     */
    public List<DeadlineItem> deadlines(long agentId, int limit) {
        var today = time.today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.initiative_id, c.title, d.kind, d.due_on
                from (select id, title from initiative
                      where assigned_agent_id = ?1 and next_due_on is not null""" + scope.andMunicipalityIn("municipality_id")
                + """

                      order by next_due_on, id
                      limit ?2) c
                straight_join case_deadline d on d.initiative_id = c.id and d.met_on is null
                order by d.due_on, d.initiative_id, d.kind
                limit ?2
                """)
                .setParameter(1, agentId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> {
            var due = SqlValues.date(r[3]);
            return new DeadlineItem(((Number) r[0]).longValue(), (String) r[1], ClockKind.valueOf((String) r[2]), due,
                    ChronoUnit.DAYS.between(today, due));
        }).toList();
    }


}
