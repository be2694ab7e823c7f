package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.staff.application.AccessScope;
import fi.aloitepolku.staff.application.SignedInStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * May the signed-in account see or work on this case: the one place every staff read and write of a case asks.
 * A case of a municipality outside the account's scope does not exist for it (404, nothing that tells it does).
 * Each case's municipality and people are read once per request.
 */
@RequestScoped
public class CaseAccess {

    @Inject
    AccessScope scope;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    SignedInStaff signedIn;

    @PersistenceContext
    EntityManager em;

    private final Map<Long, Facts> known = new HashMap<>();

    /** The case's facts that access depends on; absent for an unknown case. */
    record Facts(long municipalityId, Long agentId, Long preparerId) {
    }

    /** Refuses (404) a case that does not exist or lies outside the account's municipalities. */
    public void requireVisible(long initiativeId) {
        if (!visible(initiativeId)) {
            throw new NotFound("initiative", initiativeId);
        }
    }

    public boolean visible(long initiativeId) {
        Facts facts = facts(initiativeId);
        return facts != null && scope.covers(facts.municipalityId());
    }

    /** The same check for a case already loaded. */
    public Initiative requireVisible(Initiative initiative) {
        if (!scope.covers(initiative.municipality().id())) {
            throw new NotFound("initiative", initiative.id());
        }
        return initiative;
    }

    /**
     * The initiator's contact details go to the case's agent and preparer and to the administrators of its
     * municipality, no one else (least privilege).
     */
    public boolean maySeeInitiatorContact(long initiativeId) {
        Facts facts = facts(initiativeId);
        if (facts == null || !scope.covers(facts.municipalityId())) {
            return false;
        }
        if (currentStaff.isAdmin()) {
            return true;
        }
        var me = signedIn.id().orElse(null);
        return me != null && (me.equals(facts.agentId()) || me.equals(facts.preparerId()));
    }

    /** Forgets what was read of a case, after a change of its municipality or people in this request. */
    public void changed(long initiativeId) {
        known.remove(initiativeId);
    }

    private Facts facts(long initiativeId) {
        return known.computeIfAbsent(initiativeId, this::read);
    }

    private Facts read(long initiativeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select municipality_id, assigned_agent_id, preparer_id from initiative where id = ?1")
                .setParameter(1, initiativeId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Facts(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue());
    }
}
