package fi.aloitepolku.process.application;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.process.domain.StepRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

/**
 * A preparer records a step of a case. The case's version moves too, so two people working on the same
 * case at once are told rather than overwriting each other; the case log gets the entry in the same
 * transaction.
 */
@ApplicationScoped
public class StepLogging {

    /** Only cases of the account's municipalities. */
    @jakarta.inject.Inject
    fi.aloitepolku.initiative.application.CaseAccess access;

    @PersistenceContext
    EntityManager em;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseSteps caseSteps;

    @Inject
    CaseLog caseLog;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    /** @return the step record's new version */
    @Transactional
    public long record(long initiativeId, long caseStepId, @NotNull StepRecord record, long expectedVersion) {
        access.requireVisible(initiativeId);
        var initiative = initiatives.find(initiativeId).orElseThrow(() -> new NotFound("initiative", initiativeId));
        if (!initiative.status().isOpen()) {
            throw new StateConflict("step.caseClosed");
        }
        var step = caseSteps.one(initiativeId, caseStepId);
        var now = time.now();
        String actor = currentStaff.username();
        step.record(record, expectedVersion, time.today(), actor, now);
        initiative.touch(now);
        initiatives.flush();
        caseLog.append(CaseEvent.stepUpdated(initiativeId, now, actor, caseStepId,
                step.step().position() + ". " + step.state()
                        + (step.doneOn() == null ? "" : " " + step.doneOn())
                        + (step.dueOn() == null ? "" : " (due " + step.dueOn() + ")")
                        + (step.doneBy() == null ? "" : " – " + step.doneBy())
                        + (step.note() == null ? "" : "\n" + step.note()),
                step.publicEntry() && step.state().settled()));
        return step.version();
    }
}
