package fi.aloitepolku.initiative.application;

import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
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
 * The log of staff views of confidential cases (Act 906/2019 §17: who, when, which case). A view writes one
 * statement, which inserts a row only when the case is confidential, so a public case costs no extra read.
 * The municipality's administrators read the log.
 */
@ApplicationScoped
public class ConfidentialAccess {

    public static final int PAGE = 200;

    /** One view in the log. */
    public record Entry(long id, Instant viewedAt, String username, long initiativeId, String view) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    /** Notes that the signed-in account viewed the case through {@code view} (a page or API name). */
    @Transactional
    public void noteView(long initiativeId, String view) {
        em.createNativeQuery("insert into confidential_access_log (initiative_id, municipality_id, staff_user_id, "
                        + "username, viewed_at, view) select i.id, i.municipality_id, "
                        + "(select u.id from staff_user u where u.username = ?1), ?1, ?2, ?3 from initiative i "
                        + "where i.id = ?4 and i.publicity = 'CONFIDENTIAL'")
                .setParameter(1, currentStaff.username()).setParameter(2, time.now()).setParameter(3, view)
                .setParameter(4, initiativeId).executeUpdate();
    }

    /**
     * The newest views first, of the given municipalities (null: all), before the entry {@code before} (null:
     * the newest). One statement.
     */
    public List<Entry> log(Set<Long> municipalities, Long before) {
        if (municipalities != null && municipalities.isEmpty()) {
            return List.of();
        }
        String scope = municipalities == null ? "" : " and municipality_id in (" + municipalities.stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, viewed_at, username, initiative_id, view "
                        + "from confidential_access_log where (?1 is null or id < ?1)" + scope
                        + " order by id desc limit " + PAGE)
                .setParameter(1, before).getResultList();
        return rows.stream().map(r -> new Entry(SqlValues.number(r[0]), SqlValues.instant(r[1]), (String) r[2],
                SqlValues.number(r[3]), (String) r[4])).toList();
    }
}
