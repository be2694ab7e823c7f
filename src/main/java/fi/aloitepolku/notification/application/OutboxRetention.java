package fi.aloitepolku.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import fi.aloitepolku.platform.persistence.SqlValues;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the outbox keeps of personal data, and for how long: mail that carried a private link goes a fixed time
 * after delivery (or after it was given up), and every copy of a message goes with what it was about when that
 * is erased (a rejected submission, a follow, an address on request).
 */
@ApplicationScoped
public class OutboxRetention {

    @PersistenceContext
    EntityManager em;

    /** A message as an export lists it: no body (a waiting one may still carry a working link). */
    public record MailHeld(long id, Instant createdAt, String recipient, String subject, String status, Instant sentAt) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public int deletePrivateLinkMailBefore(Instant cutoff) {
        return em.createNativeQuery("delete from outbox_message where private_link = true and "
                        + "((status = 'SENT' and sent_at < ?1) or (status = 'FAILED' and created_at < ?1))")
                .setParameter(1, cutoff).executeUpdate();
    }

    /** Deletes every message about these subjects ({@code submission:<id>}, {@code subscription:<id>}). */
    @Transactional(Transactional.TxType.REQUIRED)
    public int forget(Collection<String> abouts) {
        int deleted = 0;
        for (String about : abouts) {
            deleted += em.createNativeQuery("delete from outbox_message where about = ?1").setParameter(1, about)
                    .executeUpdate();
        }
        return deleted;
    }

    /** Deletes every message to an address (an erasure across the whole deployment). */
    @Transactional(Transactional.TxType.REQUIRED)
    public int forgetRecipient(String address) {
        return em.createNativeQuery("delete from outbox_message where recipient = ?1").setParameter(1, address)
                .executeUpdate();
    }

    public List<MailHeld> toRecipient(String address) {
        return rows(em.createNativeQuery(SELECT + "where recipient = ?1 order by id").setParameter(1, address));
    }

    public List<MailHeld> about(Collection<String> abouts) {
        List<MailHeld> found = new ArrayList<>();
        for (String about : abouts) {
            found.addAll(rows(em.createNativeQuery(SELECT + "where about = ?1 order by id").setParameter(1, about)));
        }
        return found;
    }

    private static final String SELECT = "select id, created_at, recipient, subject, status, sent_at from outbox_message ";

    @SuppressWarnings("unchecked")
    private static List<MailHeld> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new MailHeld(SqlValues.number(r[0]),
                SqlValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4], SqlValues.instant(r[5]))).toList();
    }
}
