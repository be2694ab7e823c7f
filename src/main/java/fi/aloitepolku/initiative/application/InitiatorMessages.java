package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseFactsChanged;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.initiative.domain.InitiatorMessage;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Records what the initiator was told, and reads it back for staff. */
@ApplicationScoped
public class InitiatorMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseLog caseLog;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    @Inject
    CaseAccess access;

    @Inject
    Event<CaseFactsChanged> factsChanged;

    /** The message, its log entry and the case's refreshed deadlines are saved together. */
    @Transactional
    public long record(long initiativeId, @NotNull @Valid InitiatorMessageInput input) {
        if (!currentStaff.canManageInitiatives()) {
            throw new NotPermitted("initiatorMessage.notPermitted");
        }
        var initiative = access.requireVisible(
                initiatives.find(initiativeId).orElseThrow(() -> new NotFound("initiative", initiativeId)));
        var now = time.now();
        var message = new InitiatorMessage(initiative, input.getSentOn(), input.getChannel(), input.getPurpose(),
                input.getBody(), time.today(), now, currentStaff.username());
        em.persist(message);
        initiative.touch(now);
        em.flush();
        // The log names the message, not its text: that may carry personal details
        caseLog.append(new CaseEvent(initiativeId, now, currentStaff.username(), CaseEventKind.INITIATOR_INFORMED,
                message.purpose() + " " + message.channel() + " " + message.sentOn(), false));
        factsChanged.fire(new CaseFactsChanged(initiativeId, now));
        return message.id();
    }

    public List<InitiatorMessageEntry> of(long initiativeId) {
        access.requireVisible(initiativeId);
        return em.createQuery("select new fi.aloitepolku.initiative.application.InitiatorMessageEntry(m.id, m.sentOn, "
                        + "m.channel, m.purpose, m.body, m.recordedAt, m.recordedBy) from InitiatorMessage m "
                        + "where m.initiativeId = :id order by m.sentOn desc, m.id desc", InitiatorMessageEntry.class)
                .setParameter("id", initiativeId)
                .getResultList();
    }

    public boolean anySent(long initiativeId) {
        return !em.createQuery("select m.id from InitiatorMessage m where m.initiativeId = :id", Long.class)
                .setParameter("id", initiativeId).setMaxResults(1).getResultList().isEmpty();
    }
}
