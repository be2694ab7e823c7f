package fi.aloitepolku.intake.application;

import fi.aloitepolku.initiative.application.InitiativeDetails;
import fi.aloitepolku.initiative.application.InitiativeRegistration;
import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseFactsChanged;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.initiative.domain.InitiativeFacts;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.intake.domain.RemoteInitiative;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes one import in one transaction: a new case per new remote initiative (through the normal registration,
 * so it gets its agent and deadlines), an edit of the known ones whose text or participants changed. Either all
 * of it is saved or none.
 */
@ApplicationScoped
public class ImportWriter {

    static final String SOURCE = "KUNTALAISALOITE_FI";

    @PersistenceContext
    EntityManager em;

    @Inject
    InitiativeRegistration registration;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseLog caseLog;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    @Inject
    Event<CaseFactsChanged> factsChanged;

    @Transactional
    public ImportReport write(long municipalityId, List<RemoteInitiative> remote) {
        int created = 0;
        int updated = 0;
        var today = time.today();
        for (RemoteInitiative r : remote) {
            var received = r.sentOn().isAfter(today) ? today : r.sentOn();
            @SuppressWarnings("unchecked")
            List<Number> known = em.createNativeQuery("select initiative_id from external_reference where source = ?1 "
                    + "and remote_id = ?2").setParameter(1, SOURCE).setParameter(2, r.remoteId()).getResultList();
            var now = time.now();
            if (known.isEmpty()) {
                var details = new InitiativeDetails();
                details.setMunicipalityId(municipalityId);
                details.setTitle(r.name());
                details.setProposal(r.proposal());
                details.setChannel(Channel.KUNTALAISALOITE_FI);
                details.setSignatoryCount(r.participantCount());
                details.setReceivedOn(received);
                details.setInitiatorName("kuntalaisaloite.fi");
                long id = registration.register(details);
                em.createNativeQuery("insert into external_reference (initiative_id, source, remote_id, url, synced_at) "
                                + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, id).setParameter(2, SOURCE)
                        .setParameter(3, r.remoteId()).setParameter(4, r.url()).setParameter(5, now).executeUpdate();
                caseLog.append(new CaseEvent(id, now, currentStaff.username(), CaseEventKind.IMPORTED,
                        "kuntalaisaloite.fi: " + r.url(), false));
                created++;
                continue;
            }
            long id = known.getFirst().longValue();
            var initiative = initiatives.find(id).orElseThrow();
            var facts = new InitiativeFacts(r.name(), r.proposal(), Channel.KUNTALAISALOITE_FI, r.participantCount(),
                    initiative.receivedOn(), initiative.theme(), initiative.districtId(), initiative.councilCompetence());
            var changes = initiative.revise(initiative.municipality(), facts, initiative.initiator(),
                    initiative.version(), today, now);
            em.createNativeQuery("update external_reference set synced_at = ?1, url = ?2 where initiative_id = ?3")
                    .setParameter(1, now).setParameter(2, r.url()).setParameter(3, id).executeUpdate();
            if (!changes.isEmpty()) {
                initiatives.flush();
                caseLog.append(new CaseEvent(id, now, currentStaff.username(), CaseEventKind.IMPORTED,
                        "kuntalaisaloite.fi: " + String.join("; ", changes), false));
                factsChanged.fire(new CaseFactsChanged(id, now));
                updated++;
            }
        }
        return new ImportReport(municipalityId, remote.size(), created, updated, remote.size() - created - updated);
    }
}
