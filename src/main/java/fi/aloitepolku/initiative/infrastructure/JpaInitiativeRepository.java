package fi.aloitepolku.initiative.infrastructure;

import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaInitiativeRepository implements InitiativeRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Initiative> find(long id) {
        return Optional.ofNullable(em.find(Initiative.class, id));
    }

    @Override
    public Initiative add(Initiative initiative) {
        em.persist(initiative);
        em.flush();
        return initiative;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
