package fi.aloitepolku.council.application;

import fi.aloitepolku.assignment.application.WaitingOnOthers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For the agents' workload: cases waiting for a council's statement, and requests past their deadline. */
@ApplicationScoped
public class StatementsAwaited implements WaitingOnOthers {

    @PersistenceContext
    EntityManager em;

    @Inject
    StatementRequestQueries queries;

    @Override
    public Map<Long, Set<Long>> casesByAgent(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct i.assigned_agent_id, i.id from statement_request r "
                + "join initiative i on i.id = r.initiative_id where r.state = 'REQUESTED' "
                + "and i.assigned_agent_id is not null").getResultList();
        Map<Long, Set<Long>> cases = new HashMap<>();
        rows.forEach(r -> cases.computeIfAbsent(((Number) r[0]).longValue(), a -> new HashSet<>())
                .add(((Number) r[1]).longValue()));
        return cases;
    }

    @Override
    public Map<Long, Long> overdueByAgent(LocalDate today) {
        return queries.overdueCountByAgent(today);
    }
}
