package fi.aloitepolku.process.application;

import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.process.domain.CaseStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Loads a case's step records with their template steps, in one statement. */
@ApplicationScoped
public class CaseSteps {

    @PersistenceContext
    EntityManager em;

    public List<CaseStep> of(long initiativeId) {
        return em.createQuery("select cs from CaseStep cs join fetch cs.step s where cs.initiativeId = :id "
                        + "order by s.position", CaseStep.class)
                .setParameter("id", initiativeId)
                .getResultList();
    }

    public CaseStep one(long initiativeId, long caseStepId) {
        return em.createQuery("select cs from CaseStep cs join fetch cs.step where cs.id = :step "
                        + "and cs.initiativeId = :id", CaseStep.class)
                .setParameter("step", caseStepId)
                .setParameter("id", initiativeId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("step", caseStepId));
    }
}
