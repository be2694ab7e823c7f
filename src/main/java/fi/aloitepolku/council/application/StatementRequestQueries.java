package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.CouncilKind;
import fi.aloitepolku.council.domain.StatementRequest;
import fi.aloitepolku.council.domain.StatementState;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read side of statement requests: per case, per council, and the overdue ones per assigned agent (for
 * the agents' workload). One statement per call, served by the indexes of V10.
 */
@ApplicationScoped
public class StatementRequestQueries {

    /** Only cases of the account's municipalities. */
    @jakarta.inject.Inject
    fi.aloitepolku.initiative.application.CaseAccess access;

    @jakarta.inject.Inject
    fi.aloitepolku.staff.application.AccessScope scope;

    private static final String VIEW = "select r.id, r.initiative_id, i.title, r.council_id, c.name_fi, "
            + "r.requested_on, r.deadline, r.state, r.answered_on, r.statement_text, r.statement_url, r.note, r.version "
            + "from statement_request r join council c on c.id = r.council_id "
            + "join initiative i on i.id = r.initiative_id ";

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    public List<StatementRequestView> forCase(long initiativeId) {
        access.requireVisible(initiativeId);
        return views(VIEW + "where r.initiative_id = ?1 order by r.requested_on, r.id", initiativeId);
    }

    public StatementRequestView one(long initiativeId, long requestId) {
        access.requireVisible(initiativeId);
        return forCase(initiativeId).stream().filter(r -> r.id() == requestId).findFirst()
                .orElseThrow(() -> new fi.aloitepolku.platform.rules.NotFound("statementRequest", requestId));
    }

    /** A council's requests: open ones first by deadline, then the answered ones, newest first. */
    public List<StatementRequestView> forCouncil(long councilId) {
        return views(VIEW + "where r.council_id = ?1" + scope.andMunicipalityIn("i.municipality_id") + " order by r.state <> 'REQUESTED', "
                + "case when r.state = 'REQUESTED' then r.deadline end, r.requested_on desc, r.id desc", councilId);
    }

    /** The statements residents see on a case's page: received ones only. */
    public List<PublicStatement> publicForCase(long initiativeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, c.kind, c.name_fi, c.name_sv, r.answered_on, "
                        + "r.statement_text, r.statement_url from statement_request r join council c on c.id = r.council_id "
                        + "where r.initiative_id = ?1 and r.state = 'RECEIVED' order by r.answered_on, r.id")
                .setParameter(1, initiativeId)
                .getResultList();
        return rows.stream().map(r -> new PublicStatement(((Number) r[0]).longValue(), CouncilKind.valueOf((String) r[1]),
                (String) r[2], (String) r[3], CouncilQueries.date(r[4]), (String) r[5], (String) r[6])).toList();
    }

    /**
     * Open requests past their deadline, counted per the case's assigned agent (cases without one are left
     * out). For the workload view: {@code ix_statement_request_overdue} serves the range on (state, deadline).
     */
    public Map<Long, Long> overdueCountByAgent(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.assigned_agent_id, count(*) from statement_request r "
                        + "join initiative i on i.id = r.initiative_id where r.state = 'REQUESTED' and r.deadline < ?1 "
                        + "and i.assigned_agent_id is not null" + scope.andMunicipalityIn("i.municipality_id")
                        + " group by i.assigned_agent_id")
                .setParameter(1, today)
                .getResultList();
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** One agent's overdue requests, the oldest deadline first. */
    public List<StatementRequestView> overdueForAgent(long agentId, LocalDate today) {
        return views(VIEW + "where r.state = 'REQUESTED' and r.deadline < ?2 and i.assigned_agent_id = ?1"
                + scope.andMunicipalityIn("i.municipality_id") + " order by r.deadline, r.id", agentId, today);
    }

    private List<StatementRequestView> views(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        LocalDate today = time.today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            StatementState state = StatementState.valueOf((String) r[7]);
            LocalDate deadline = CouncilQueries.date(r[6]);
            return new StatementRequestView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ((Number) r[3]).longValue(), (String) r[4], CouncilQueries.date(r[5]), deadline, state,
                    CouncilQueries.date(r[8]), (String) r[9], (String) r[10], (String) r[11],
                    StatementRequest.overdue(state, deadline, today), ((Number) r[12]).longValue());
        }).toList();
    }
}
