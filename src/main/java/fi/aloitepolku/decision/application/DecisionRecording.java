package fi.aloitepolku.decision.application;

import fi.aloitepolku.decision.domain.DecisionDetails;
import fi.aloitepolku.decision.domain.DecisionRecord;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.application.CaseWork;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Records a case's decision once it has been proposed, and corrects it later. Logged publicly (a decision is
 * public), with the case touched in the same transaction.
 */
@ApplicationScoped
public class DecisionRecording {

    /** Only cases of the account's municipalities. */
    @jakarta.inject.Inject
    fi.aloitepolku.initiative.application.CaseAccess access;

    @PersistenceContext
    EntityManager em;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseWork caseWork;

    @Inject
    HelsinkiTime time;

    /** Records the case's decision, or corrects it when {@code input.version()} names the record's version. */
    @Transactional
    public long record(long initiativeId, DecisionInput input) {
        access.requireVisible(initiativeId);
        if (input == null) {
            throw new RuleViolation("outcome", "decision.outcome.required");
        }
        var initiative = initiatives.find(initiativeId).orElseThrow(() -> new NotFound("initiative", initiativeId));
        var existing = find(initiativeId);
        var now = time.now();
        var details = new DecisionDetails(input.bodyKind(), input.bodyName(), input.bodyAbbreviation(),
                input.meetingDate(), input.section(), input.diaryNumber(), input.proposalText(), input.decisionText(),
                input.outcome(), input.agendaUrl(), input.minutesUrl());
        DecisionRecord record;
        if (existing == null) {
            if (input.version() != null && input.version() != 0) {
                throw new ConcurrentEdit("decision", initiativeId);
            }
            record = DecisionRecord.of(initiativeId, initiative.status(), details, time.today(), now);
            em.persist(record);
        } else {
            if (input.version() == null) {
                throw new RuleViolation("version", "initiative.version.required");
            }
            record = existing;
            record.revise(initiative.status(), details, input.version(), time.today(), now);
        }
        em.flush();
        caseWork.recorded(initiative, now, CaseEventKind.DECISION_RECORDED, (existing == null ? "+ " : "~ ")
                + record.citation() + " " + record.outcome() + " (" + record.diaryNumber() + ")");
        return record.version();
    }

    /** Removes a decision recorded by mistake, while the case has not been moved to decided on it. */
    @Transactional
    public void remove(long initiativeId, long expectedVersion) {
        access.requireVisible(initiativeId);
        var initiative = initiatives.find(initiativeId).orElseThrow(() -> new NotFound("initiative", initiativeId));
        var record = find(initiativeId);
        if (record == null) {
            throw new NotFound("decision", initiativeId);
        }
        if (initiative.status() != InitiativeStatus.DECISION_PROPOSED) {
            throw new StateConflict("decision.remove.caseDecided");
        }
        if (record.version() != expectedVersion) {
            throw new ConcurrentEdit("decision", initiativeId);
        }
        em.remove(record);
        var now = time.now();
        caseWork.recorded(initiative, now, CaseEventKind.DECISION_RECORDED, "− " + record.citation());
    }

    private DecisionRecord find(long initiativeId) {
        return em.createQuery("select d from DecisionRecord d where d.initiativeId = :id", DecisionRecord.class)
                .setParameter("id", initiativeId)
                .getResultStream().findFirst().orElse(null);
    }
}
