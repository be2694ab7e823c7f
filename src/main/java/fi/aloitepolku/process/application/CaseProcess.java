package fi.aloitepolku.process.application;

import fi.aloitepolku.initiative.domain.CaseStatusChanged;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.process.domain.CaseStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * When a case is accepted for handling it starts following the current default template: one step
 * record per template step, created in the same transaction as the status change.
 */
@ApplicationScoped
public class CaseProcess {

    @PersistenceContext
    EntityManager em;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    ProcessTemplates templates;

    void onStatusChanged(@Observes CaseStatusChanged change) {
        if (change.to() != InitiativeStatus.ACCEPTED) {
            return;
        }
        var initiative = initiatives.find(change.initiativeId()).orElseThrow();
        var template = templates.currentDefault().orElseThrow(() -> new IllegalStateException("no default template"));
        if (initiative.followProcess(template.id())) {
            template.steps().forEach(step -> em.persist(new CaseStep(initiative.id(), step)));
        }
    }
}
