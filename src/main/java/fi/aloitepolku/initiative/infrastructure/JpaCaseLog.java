package fi.aloitepolku.initiative.infrastructure;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class JpaCaseLog implements CaseLog {

    @PersistenceContext
    EntityManager em;

    /** Only inside the transaction of the change it records: a log entry never stands alone. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(CaseEvent event) {
        em.persist(event);
    }
}
