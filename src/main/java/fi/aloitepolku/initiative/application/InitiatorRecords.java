package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The initiator's contact details, kept only as long as needed: anonymised a set time after the case closed, or
 * on an erasure request; the case and its log stay, and the log says it happened (never the values), in the
 * same transaction. Also what is held about one address, for an export.
 */
@ApplicationScoped
public class InitiatorRecords {

    static final String RETENTION_ACTOR = "retention";

    /**
     * Closed: a status that needs no more work; since when: its latest status change (the case's last change
     * where a case has no such entry, as in data loaded from elsewhere).
     */
    private static final String CLOSED_BEFORE = """
            select i.id from initiative i
            where i.status in ('MERGED', 'TRANSFERRED', 'REJECTED', 'CLOSED', 'WITHDRAWN')
              and coalesce((select max(e.occurred_at) from case_event e
                            where e.initiative_id = i.id and e.kind = 'STATUS_CHANGED'), i.updated_at) < ?1
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseLog caseLog;

    @Inject
    HelsinkiTime time;

    /** A case as an export of its initiator's data lists it. */
    public record CaseHeld(long id, long municipalityId, String title, String status, LocalDate receivedOn,
                           String name, String email, String phone, boolean namePublic) {
    }

    /** The cases closed before this moment (whatever their initiator's state). */
    @SuppressWarnings("unchecked")
    public List<Long> closedBefore(Instant cutoff) {
        return ((List<Number>) em.createNativeQuery(CLOSED_BEFORE).setParameter(1, cutoff).getResultList()).stream()
                .map(Number::longValue).toList();
    }

    /** @return how many initiators were anonymised */
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select c.id from (" + CLOSED_BEFORE + ") c "
                        + "join initiative_initiator ii on ii.initiative_id = c.id where ii.anonymised_at is null")
                .setParameter(1, cutoff).getResultList();
        for (Number id : due) {
            anonymise(id.longValue(), RETENTION_ACTOR, "initiator contact details anonymised under retention");
        }
        return due.size();
    }

    /** @param scope the municipalities covered, or null for all */
    public List<CaseHeld> heldFor(String address, Set<Long> scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.id, i.municipality_id, i.title, i.status, i.received_on, ii.name, ii.email, ii.phone,
                               ii.name_public
                        from initiative_initiator ii join initiative i on i.id = ii.initiative_id
                        where ii.email = ?1 order by i.id""").setParameter(1, address).getResultList();
        return rows.stream().map(r -> new CaseHeld(SqlValues.number(r[0]), SqlValues.number(r[1]), (String) r[2],
                        (String) r[3], SqlValues.date(r[4]), (String) r[5], (String) r[6], (String) r[7],
                        SqlValues.truthy(r[8])))
                .filter(c -> scope == null || scope.contains(c.municipalityId())).toList();
    }

    /** An erasure request: each case's initiator anonymised, each logged with who asked it done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(List<CaseHeld> cases, String actor) {
        for (CaseHeld c : cases) {
            anonymise(c.id(), actor, "initiator contact details anonymised on an erasure request");
        }
        return cases.size();
    }

    private void anonymise(long caseId, String actor, String details) {
        var initiative = em.find(Initiative.class, caseId);
        var now = time.now();
        initiative.anonymiseInitiator(now);
        caseLog.append(new CaseEvent(caseId, now, actor, CaseEventKind.INITIATOR_ANONYMISED, details, false));
    }
}
