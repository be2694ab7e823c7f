package fi.aloitepolku.notification.follow;

import fi.aloitepolku.notification.application.OutboxRetention;
import fi.aloitepolku.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Followers' addresses kept only while needed: a follow of a case goes a while after the case closed, an
 * unconfirmed request when its link expired; and what is held about one address, for an export or an erasure.
 * Each follow's outbox messages go with it.
 */
@ApplicationScoped
public class FollowRecords {

    /** The municipality a follow belongs to, for an administrator's scope. */
    private static final String MUNICIPALITY = "coalesce(s.municipality_id, (select i.municipality_id from initiative i "
            + "where i.id = s.initiative_id))";

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxRetention outbox;

    /** A follow as an export lists it. */
    public record FollowHeld(long id, String email, Long initiativeId, Long municipalityId, String state,
                             String language, Instant requestedAt, Instant confirmedAt) {
    }

    /** Deletes the follows of these (closed) cases, and those never confirmed within the link's validity. */
    @Transactional
    public int deleteFollowsOf(List<Long> closedCases, Instant now) {
        int deleted = 0;
        for (long caseId : closedCases) {
            deleted += delete(ids("select id from subscription where initiative_id = ?1", caseId));
        }
        deleted += delete(ids("select id from subscription where state = 'PENDING' and requested_at < ?1",
                now.minus(Following.CONFIRM_WITHIN)));
        return deleted;
    }

    /** @param scope the municipalities covered, or null for all */
    public List<FollowHeld> heldFor(String address, Set<Long> scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.email, s.initiative_id, " + MUNICIPALITY
                        + ", s.state, s.language, s.requested_at, s.confirmed_at from subscription s where s.email = ?1 "
                        + "order by s.id").setParameter(1, address).getResultList();
        return rows.stream().map(r -> new FollowHeld(SqlValues.number(r[0]), (String) r[1],
                        r[2] == null ? null : SqlValues.number(r[2]), r[3] == null ? null : SqlValues.number(r[3]),
                        (String) r[4], (String) r[5], SqlValues.instant(r[6]), SqlValues.instant(r[7])))
                .filter(f -> scope == null || f.municipalityId() != null && scope.contains(f.municipalityId()))
                .toList();
    }

    /** What the outbox's messages about these follows are tagged with. */
    public static Set<String> abouts(List<FollowHeld> follows) {
        return follows.stream().map(f -> Following.about(f.id())).collect(Collectors.toSet());
    }

    @Transactional
    public int erase(List<FollowHeld> follows) {
        return delete(follows.stream().map(FollowHeld::id).toList());
    }

    private int delete(List<Long> ids) {
        int deleted = 0;
        for (long id : ids) {
            outbox.forget(List.of(Following.about(id)));
            deleted += em.createNativeQuery("delete from subscription where id = ?1").setParameter(1, id).executeUpdate();
        }
        return deleted;
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Object parameter) {
        return ((List<Number>) em.createNativeQuery(sql).setParameter(1, parameter).getResultList()).stream()
                .map(Number::longValue).toList();
    }
}
