package fi.aloitepolku.staff.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which municipalities the signed-in account works for: the one answer every staff read and write asks
 * ("may this account see or do this there?"). Agents, preparers and administrators name their municipalities
 * (agent_municipality); an administrator may instead administer the whole deployment. Nobody signed in, or an
 * account that is gone or deactivated, covers nothing.
 *
 * <p>A logged-in browser's session keeps the answer for a minute, so a removed municipality or a deactivated
 * account stops working within a minute without a query per request; API calls read it per request.
 */
@RequestScoped
public class AccessScope {

    static final Duration KEPT = Duration.ofMinutes(1);
    private static final String KEY = AccessScope.class.getName();

    @Inject
    SignedInStaff signedIn;

    @PersistenceContext
    EntityManager em;

    @Inject
    HttpServletRequest request;

    private Held held;

    /** The whole deployment: only an active administrator marked so. */
    public boolean everywhere() {
        return held().everywhere();
    }

    /** The named municipalities (empty when {@link #everywhere()}: then every municipality is covered). */
    public Set<Long> municipalityIds() {
        return held().municipalityIds();
    }

    public boolean covers(long municipalityId) {
        var h = held();
        return h.everywhere() || h.municipalityIds().contains(municipalityId);
    }

    /** A write into a municipality the account does not work for is refused, naming the field. */
    public void requireCovers(long municipalityId, String field) {
        if (!covers(municipalityId)) {
            throw new fi.aloitepolku.platform.rules.RuleViolation(field, "scope.municipality.outside");
        }
    }

    /** Work of the whole deployment (templates, reminder runs): only its administrators. */
    public void requireEverywhere() {
        if (!everywhere()) {
            throw new fi.aloitepolku.platform.rules.NotPermitted("scope.deploymentOnly");
        }
    }

    /**
     * The scope as an SQL condition on a municipality id column, for staff queries across cases: nothing for the
     * whole deployment, else {@code and column in (…)} (ids are numbers, never text from a request).
     */
    public String andMunicipalityIn(String column) {
        var ids = filter();
        if (ids == null) {
            return "";
        }
        return ids.isEmpty() ? " and 1 = 0" : " and " + column + " in ("
                + numbers(ids) + ")";
    }

    /** The same for staff accounts: someone who works for at least one of the account's municipalities. */
    public String andStaffSharing(String staffIdColumn) {
        var ids = filter();
        if (ids == null) {
            return "";
        }
        return ids.isEmpty() ? " and 1 = 0" : " and exists (select 1 from agent_municipality sm where sm.staff_user_id = "
                + staffIdColumn + " and sm.municipality_id in ("
                + numbers(ids) + "))";
    }

    /** Another staff account is visible when it works for one of this account's municipalities, or is this one. */
    public boolean seesStaff(long staffId) {
        if (everywhere() || signedIn.id().map(id -> id == staffId).orElse(false)) {
            return true;
        }
        var ids = municipalityIds();
        if (ids.isEmpty()) {
            return false;
        }
        return !em.createNativeQuery("select 1 from agent_municipality where staff_user_id = ?1 and municipality_id in ("
                        + numbers(ids)
                        + ") limit 1").setParameter(1, staffId).getResultList().isEmpty();
    }

    /** The same for councils: one that serves at least one of the account's municipalities. */
    public String andCouncilServing(String councilIdColumn) {
        var ids = filter();
        if (ids == null) {
            return "";
        }
        return ids.isEmpty() ? " and 1 = 0" : " and exists (select 1 from council_municipality scm where scm.council_id = "
                + councilIdColumn + " and scm.municipality_id in ("
                + numbers(ids) + "))";
    }

    /** For list queries: null means "no limit", otherwise the ids to filter on (possibly none). */
    public Set<Long> filter() {
        var h = held();
        return h.everywhere() ? null : h.municipalityIds();
    }

    private Held held() {
        if (held == null) {
            held = load();
        }
        return held;
    }

    private Held load() {
        var id = signedIn.id();
        if (id.isEmpty()) {
            return Held.NOTHING;
        }
        HttpSession session = request.getSession(false);
        Instant now = Instant.now();
        if (session != null && session.getAttribute(KEY) instanceof Held kept && kept.staffId() == id.get()
                && kept.loadedAt().plus(KEPT).isAfter(now)) {
            return kept;
        }
        Held fresh = read(id.get(), now);
        if (session != null) {
            session.setAttribute(KEY, fresh);
        }
        return fresh;
    }

    /** One statement: the named municipalities, and -1 for "the whole deployment". */
    @SuppressWarnings("unchecked")
    private Held read(long staffId, Instant now) {
        List<Number> rows = em.createNativeQuery("""
                select am.municipality_id from agent_municipality am
                join staff_user u on u.id = am.staff_user_id and u.active = true
                where am.staff_user_id = ?1
                union all
                select -1 from staff_user u where u.id = ?1 and u.active = true and u.all_municipalities = true
                  and exists (select 1 from staff_user_role r where r.staff_user_id = u.id and r.role = 'ADMIN')
                """).setParameter(1, staffId).getResultList();
        Set<Long> ids = new HashSet<>();
        boolean everywhere = false;
        for (Number n : rows) {
            if (n.longValue() == -1) {
                everywhere = true;
            } else {
                ids.add(n.longValue());
            }
        }
        return new Held(staffId, everywhere, everywhere ? Set.of() : Set.copyOf(ids), now);
    }

    /** Drops what this session keeps, e.g. after the account's own scope was changed. */
    public void forget() {
        held = null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEY);
        }
    }

    record Held(long staffId, boolean everywhere, Set<Long> municipalityIds, Instant loadedAt) implements Serializable {
        static final Held NOTHING = new Held(-1, false, Set.of(), Instant.EPOCH);
    }

    /** The ids as an SQL list: numbers only, never text from a request. */
    private static String numbers(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
}
