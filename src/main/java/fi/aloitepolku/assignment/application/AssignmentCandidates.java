package fi.aloitepolku.assignment.application;

import fi.aloitepolku.assignment.domain.Candidate;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.municipality.domain.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The agents who could take a new case of a municipality today, with how well they match it and their open
 * load: one statement, whatever the number of agents.
 */
@ApplicationScoped
public class AssignmentCandidates {

    /** The statuses of cases that still need their agent, as SQL literals. */
    static final String OPEN_STATUSES = Arrays.stream(InitiativeStatus.values()).filter(InitiativeStatus::isOpen)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    @PersistenceContext
    EntityManager em;

    public List<Candidate> forCase(long municipalityId, Theme theme, Long districtId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.id,
                       (select count(*) from agent_theme t where t.staff_user_id = u.id and t.theme = ?1)
                     + (select count(*) from agent_district d where d.staff_user_id = u.id and d.district_id = ?2),
                       (select count(*) from initiative i where i.assigned_agent_id = u.id
                           and i.status in (%s))
                from staff_user u
                join agent_municipality am on am.staff_user_id = u.id and am.municipality_id = ?3
                join staff_user_role r on r.staff_user_id = u.id and r.role = 'AGENT'
                where u.active = true
                  and not exists (select 1 from agent_absence a where a.staff_user_id = u.id
                                  and a.starts_on <= ?4 and a.ends_on >= ?4)
                """.formatted(OPEN_STATUSES))
                .setParameter(1, theme == null ? null : theme.name())
                .setParameter(2, districtId)
                .setParameter(3, municipalityId)
                .setParameter(4, today)
                .getResultList();
        return rows.stream().map(r -> new Candidate(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).longValue())).toList();
    }

    /**
     * Locks the municipality's turn while a case is assigned, so that two cases arriving at once do not both go
     * to the same agent; the row lock lasts until the registering transaction ends.
     */
    public Long lockTurn(long municipalityId) {
        var previous = em.createNativeQuery("select last_assigned_agent_id from municipality where id = ?1 for update")
                .setParameter(1, municipalityId).getSingleResult();
        return previous == null ? null : ((Number) previous).longValue();
    }

    public void advanceTurn(long municipalityId, long agentId) {
        em.createNativeQuery("update municipality set last_assigned_agent_id = ?1 where id = ?2")
                .setParameter(1, agentId).setParameter(2, municipalityId).executeUpdate();
    }
}
