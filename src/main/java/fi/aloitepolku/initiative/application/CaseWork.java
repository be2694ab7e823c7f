package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.security.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Work other features record on a case (a hearing, a statement request, a decision): the case must still be
 * open, and each change touches it (its version and the public page's stamp move) and is logged, in the
 * caller's transaction. One place for what every such use case did by itself.
 */
@ApplicationScoped
public class CaseWork {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseLog caseLog;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CaseAccess access;

    /** Staff reads of a case's parts (hearings, statements, decision, steps, clocks) ask this first. */
    public void requireVisible(long initiativeId) {
        access.requireVisible(initiativeId);
    }

    public Initiative openCase(long initiativeId) {
        var initiative = access.requireVisible(
                initiatives.find(initiativeId).orElseThrow(() -> new NotFound("initiative", initiativeId)));
        if (!initiative.status().isOpen()) {
            throw new StateConflict("consultation.caseClosed");
        }
        return initiative;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(Initiative initiative, Instant now, CaseEventKind kind, String details) {
        initiative.touch(now);
        initiatives.flush();
        caseLog.append(new CaseEvent(initiative.id(), now, currentStaff.username(), kind, details, false));
    }
}
