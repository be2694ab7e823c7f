package fi.aloitepolku.initiative.infrastructure;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.PublicCaseEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class JpaCaseLog implements CaseLog {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<PublicCaseEntry> publicEntries;

    /** Only inside the transaction of the change it records: a log entry never stands alone. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(CaseEvent event) {
        em.persist(event);
        if (event.publicEntry()) {
            em.flush();
            publicEntries.fire(new PublicCaseEntry(event.initiativeId(), event.id(), event.kind(), event.statusAfter(),
                    event.publicNote(), event.occurredAt()));
        }
    }
}
