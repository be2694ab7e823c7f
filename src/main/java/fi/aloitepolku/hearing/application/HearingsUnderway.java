package fi.aloitepolku.hearing.application;

import fi.aloitepolku.assignment.application.WaitingOnOthers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For the agents' workload: cases with a hearing still open (or an event still to come). */
@ApplicationScoped
public class HearingsUnderway implements WaitingOnOthers {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Set<Long>> casesByAgent(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct i.assigned_agent_id, i.id from hearing h "
                        + "join initiative i on i.id = h.initiative_id where i.assigned_agent_id is not null "
                        + "and (h.closes_on >= ?1 or h.ends_at >= ?2)")
                .setParameter(1, today).setParameter(2, today.atStartOfDay()).getResultList();
        Map<Long, Set<Long>> cases = new HashMap<>();
        rows.forEach(r -> cases.computeIfAbsent(((Number) r[0]).longValue(), a -> new HashSet<>())
                .add(((Number) r[1]).longValue()));
        return cases;
    }
}
