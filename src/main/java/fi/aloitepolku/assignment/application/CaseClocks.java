package fi.aloitepolku.assignment.application;

import fi.aloitepolku.assignment.domain.Clock;
import fi.aloitepolku.assignment.domain.ClockFacts;
import fi.aloitepolku.assignment.domain.Clocks;
import fi.aloitepolku.initiative.domain.CaseFactsChanged;
import fi.aloitepolku.initiative.domain.CaseStatusChanged;
import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeRegistered;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.municipality.domain.MunicipalitySettingsChanged;
import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's deadlines: computed by {@link Clocks} from the case as it stands, and kept in {@code case_deadline}
 * (in the transaction of each change that moves them) so that workload and reminders can filter by date.
 */
@ApplicationScoped
public class CaseClocks {

    /** Only cases of the account's municipalities. */
    @jakarta.inject.Inject
    fi.aloitepolku.initiative.application.CaseAccess access;

    @PersistenceContext
    EntityManager em;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    HelsinkiTime time;

    /** The clocks of a case as they stand today. */
    public List<Clock> of(long initiativeId) {
        access.requireVisible(initiativeId);
        var initiative = initiatives.find(initiativeId).orElseThrow(() -> new NotFound("initiative", initiativeId));
        return Clocks.of(facts(initiative), time.today());
    }

    void onRegistered(@Observes InitiativeRegistered registered) {
        refresh(registered.initiativeId());
    }

    void onFactsChanged(@Observes CaseFactsChanged changed) {
        refresh(changed.initiativeId());
    }

    void onStatusChanged(@Observes CaseStatusChanged changed) {
        refresh(changed.initiativeId());
    }

    void onMunicipalitySettings(@Observes MunicipalitySettingsChanged changed) {
        refreshMunicipality(changed.municipalityId());
    }

    /**
     * Rewrites the case's stored deadlines from its facts (they are few, so replacing beats comparing), and the
     * soonest running one on the case itself, which the workload's index reads.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(long initiativeId) {
        var initiative = initiatives.find(initiativeId).orElseThrow();
        // The change that called us may not be written yet, and the queries below read the tables
        em.flush();
        em.createNativeQuery("delete from case_deadline where initiative_id = ?1")
                .setParameter(1, initiativeId).executeUpdate();
        for (Clock clock : Clocks.of(facts(initiative), time.today())) {
            if (clock.dueOn() == null || clock.state() == fi.aloitepolku.assignment.domain.ClockState.STOPPED) {
                continue;
            }
            em.createNativeQuery("insert into case_deadline (initiative_id, kind, due_on, met_on) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, initiativeId).setParameter(2, clock.kind().name())
                    .setParameter(3, clock.dueOn()).setParameter(4, clock.metOn())
                    .executeUpdate();
        }
        // An ended case keeps its (met or unmet) deadlines as a record, but nothing of it runs any more
        em.createNativeQuery(initiative.status().isOpen()
                        ? "update initiative set next_due_on = (select min(due_on) from case_deadline "
                                + "where initiative_id = ?1 and met_on is null) where id = ?1"
                        : "update initiative set next_due_on = null where id = ?1")
                .setParameter(1, initiativeId).executeUpdate();
    }

    /** After a municipality's electorate or targets change, every open case there gets its deadlines anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int refreshMunicipality(long municipalityId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from initiative where municipality_id = ?1 and status in ("
                        + AssignmentCandidates.OPEN_STATUSES + ")")
                .setParameter(1, municipalityId).getResultList();
        ids.forEach(id -> refresh(id.longValue()));
        return ids.size();
    }

    private ClockFacts facts(Initiative initiative) {
        long id = initiative.id();
        Object[] messages = (Object[]) em.createNativeQuery("select min(sent_on), "
                        + "min(case when purpose in ('ANSWER', 'DECISION') then sent_on end) "
                        + "from initiator_message where initiative_id = ?1")
                .setParameter(1, id).getSingleResult();
        Object decidedAt = em.createNativeQuery("select min(occurred_at) from case_event where initiative_id = ?1 "
                        + "and status_after in ('DECIDED', 'DECISION_COMMUNICATED', 'CLOSED')")
                .setParameter(1, id).getSingleResult();
        LocalDate decidedOn = decidedAt == null ? null : time.toHelsinkiDate(SqlValues.instant(decidedAt));
        boolean endedUndecided = decidedOn == null && !initiative.status().isOpen()
                && initiative.status() != InitiativeStatus.CLOSED;
        var municipality = initiative.municipality();
        return new ClockFacts(initiative.receivedOn(), initiative.signatoryCount(), municipality.electorateSize(),
                initiative.councilCompetence(), municipality.targets(), SqlValues.date(messages[0]), SqlValues.date(messages[1]),
                decidedOn, endedUndecided);
    }


}
