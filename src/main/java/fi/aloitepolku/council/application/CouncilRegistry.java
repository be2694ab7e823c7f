package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.Council;
import fi.aloitepolku.council.domain.CouncilMember;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Admins and agents keep the registry of councils; everyone on the staff reads it. */
@ApplicationScoped
public class CouncilRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    @Inject
    fi.aloitepolku.staff.application.AccessScope scope;

    @Transactional
    public long add(CouncilInput input) {
        requireManager();
        var council = Council.of(input.kind(), input.nameFi(), input.nameSv(), inScope(municipalities(input), Set.of()),
                members(input), time.now());
        em.persist(council);
        em.flush();
        return council.id();
    }

    @Transactional
    public long revise(long id, CouncilInput input) {
        requireManager();
        var council = find(id);
        if (input == null || input.version() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        council.revise(input.kind(), input.nameFi(), input.nameSv(), inScope(municipalities(input), council.municipalityIds()),
                members(input), input.version(), time.now());
        em.flush();
        return council.version();
    }

    /** Only a council no case has asked for a statement: the requests are part of the cases' record. */
    @Transactional
    public void remove(long id, long expectedVersion) {
        requireManager();
        var council = find(id);
        if (council.version() != expectedVersion) {
            throw new ConcurrentEdit("council", id);
        }
        long requests = em.createQuery("select count(r) from StatementRequest r where r.councilId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (requests > 0) {
            throw new StateConflict("council.remove.hasRequests", requests);
        }
        em.remove(council);
    }

    Council find(long id) {
        var council = em.find(Council.class, id);
        if (council == null || council.municipalityIds().stream().noneMatch(scope::covers)) {
            throw new NotFound("council", id);
        }
        return council;
    }

    /**
     * A council may be given only municipalities the account works for; those it already serves elsewhere stay
     * (another municipality's staff manage them).
     */
    private Set<Long> inScope(Set<Long> asked, Set<Long> before) {
        for (Long id : asked) {
            if (!before.contains(id)) {
                scope.requireCovers(id, "municipalityIds");
            }
        }
        Set<Long> result = new LinkedHashSet<>(asked);
        before.stream().filter(m -> !scope.covers(m)).forEach(result::add);
        return result;
    }

    private void requireManager() {
        if (!currentStaff.canManageInitiatives()) {
            throw new NotPermitted("council.role");
        }
    }

    private Set<Long> municipalities(CouncilInput input) {
        if (input == null) {
            throw new RuleViolation("kind", "council.kind.required");
        }
        // Set.of() would throw on contains(null): a missing list is an empty one
        Set<Long> ids = input.municipalityIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(input.municipalityIds());
        if (ids.contains(null)) {
            throw new RuleViolation("municipalityIds", "council.municipalities.unknown");
        }
        if (!ids.isEmpty()) {
            long known = em.createQuery("select count(m) from Municipality m where m.id in :ids", Long.class)
                    .setParameter("ids", ids).getSingleResult();
            if (known != ids.size()) {
                throw new RuleViolation("municipalityIds", "council.municipalities.unknown");
            }
        }
        return ids;
    }

    private static List<CouncilMember> members(CouncilInput input) {
        return input.members() == null ? List.of() : input.members().stream()
                // An empty row of the form is no member; a half-filled one is refused by CouncilMember
                .filter(m -> m != null && !((m.name() == null || m.name().isBlank()) && m.validFrom() == null
                        && m.validUntil() == null))
                .map(m -> new CouncilMember(m.name(), m.role(), m.validFrom(), m.validUntil())).toList();
    }
}
