package fi.aloitepolku.staff.application;

import fi.aloitepolku.staff.domain.Absence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/** Whether an agent is at work on a given day, and who stands in when not. */
@ApplicationScoped
public class AgentAvailability {

    @PersistenceContext
    EntityManager em;

    public Optional<Absence> absenceOn(long agentId, LocalDate day) {
        return em.createQuery("select a from Absence a where a.staffUserId = :agent and a.startsOn <= :day "
                        + "and a.endsOn >= :day order by a.startsOn desc", Absence.class)
                .setParameter("agent", agentId).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
