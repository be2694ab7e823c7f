package fi.aloitepolku.submission.application;

import fi.aloitepolku.notification.application.OutboxRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the promise of the privacy notice: a rejected submission, with its sender's details and the outbox's
 * copies of its mail, is deleted a set time after the decision; a published or merged one once its case's
 * initiator was anonymised (the case carries on without it). The retention run calls this daily.
 */
@ApplicationScoped
public class SubmissionRetention {

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxRetention outbox;

    @Transactional
    public int deleteExpired(Instant rejectedBefore, Instant now) {
        int deleted = delete(ids("select id from submission where state = 'REJECTED' and moderated_at < ?1",
                rejectedBefore));
        deleted += delete(ids("""
                select s.id from submission s join initiative_initiator ii on ii.initiative_id = s.initiative_id
                where s.state in ('PUBLISHED', 'MERGED') and ii.anonymised_at is not null and ii.anonymised_at <= ?1""",
                now));
        // Used form tickets are kept only until they would have expired anyway
        em.createNativeQuery("delete from form_ticket_used where expires_at < ?1").setParameter(1, now).executeUpdate();
        return deleted;
    }

    /** Each submission with the outbox's copies of its mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int delete(List<Long> ids) {
        int deleted = 0;
        for (long id : ids) {
            outbox.forget(List.of(SubmissionMail.about(id)));
            deleted += em.createNativeQuery("delete from submission where id = ?1").setParameter(1, id).executeUpdate();
        }
        return deleted;
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Object parameter) {
        return ((List<Number>) em.createNativeQuery(sql).setParameter(1, parameter).getResultList()).stream()
                .map(Number::longValue).toList();
    }
}
