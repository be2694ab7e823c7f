package fi.aloitepolku.notification.application;

import fi.aloitepolku.notification.domain.NotificationKind;
import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** A staff member's own notifications: newest first in keyset pages, the unread count, marking read. */
@ApplicationScoped
public class NotificationQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    public long unread(long staffId) {
        return ((Number) em.createNativeQuery("select count(*) from staff_notification where recipient_id = ?1 "
                + "and read_at is null").setParameter(1, staffId).getSingleResult()).longValue();
    }

    /** @param before the id the previous page ended at, or null for the newest */
    public List<StaffNotice> page(long staffId, Long before, int limit, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, created_at, kind, initiative_id, args, read_at "
                        + "from staff_notification where recipient_id = ?1 and (?2 is null or id < ?2) "
                        + "order by id desc limit ?3")
                .setParameter(1, staffId).setParameter(2, before).setParameter(3, Math.max(1, Math.min(limit, 100)))
                .getResultList();
        return rows.stream().map(r -> {
            var kind = NotificationKind.valueOf((String) r[2]);
            var args = NotificationText.load((String) r[4]);
            return new StaffNotice(SqlValues.number(r[0]), SqlValues.instant(r[1]), kind.name(),
                    r[3] == null ? null : SqlValues.number(r[3]), NotificationText.subject(locale, kind, args),
                    NotificationText.body(locale, kind, args), r[5] != null);
        }).toList();
    }

    @Transactional
    public void markRead(long staffId, long notificationId) {
        int changed = em.createNativeQuery("update staff_notification set read_at = coalesce(read_at, ?1) "
                        + "where id = ?2 and recipient_id = ?3")
                .setParameter(1, time.now()).setParameter(2, notificationId).setParameter(3, staffId).executeUpdate();
        if (changed == 0) {
            // Someone else's notification is no more visible than one that does not exist
            throw new NotFound("notification", notificationId);
        }
    }

    @Transactional
    public int markAllRead(long staffId) {
        return em.createNativeQuery("update staff_notification set read_at = ?1 where recipient_id = ?2 "
                        + "and read_at is null")
                .setParameter(1, time.now()).setParameter(2, staffId).executeUpdate();
    }
}
