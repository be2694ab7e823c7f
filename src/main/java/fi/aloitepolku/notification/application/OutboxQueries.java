package fi.aloitepolku.notification.application;

import fi.aloitepolku.notification.domain.OutboxStatus;
import fi.aloitepolku.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The outbox for administrators: newest first, in keyset pages, optionally of one status. */
@ApplicationScoped
public class OutboxQueries {

    @PersistenceContext
    EntityManager em;

    /** @param before the id the previous page ended at, or null for the newest */
    public List<OutboxEntry> page(OutboxStatus status, Long before, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, created_at, recipient, subject, body, status, attempts, "
                        + "next_attempt_at, sent_at, last_error from outbox_message "
                        + "where (?1 is null or status = ?1) and (?2 is null or id < ?2) order by id desc limit ?3")
                .setParameter(1, status == null ? null : status.name()).setParameter(2, before)
                .setParameter(3, Math.max(1, Math.min(limit, 100))).getResultList();
        return rows.stream().map(r -> new OutboxEntry(SqlValues.number(r[0]), SqlValues.instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(), SqlValues.instant(r[7]),
                SqlValues.instant(r[8]), (String) r[9])).toList();
    }
}
