package fi.aloitepolku.notification.application;

import fi.aloitepolku.notification.domain.OutboxMessage;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/**
 * The sender's short transactions: claim what is due (rows another sender holds are skipped, not waited for),
 * then record each outcome. Sending itself happens outside any transaction.
 */
@ApplicationScoped
public class OutboxClaims {

    /** Long enough for a slow SMTP server; a sender that dies leaves its claim to run out. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    @Inject
    MailSettings settings;

    /** A message claimed for sending. */
    public record Claimed(long id, String recipient, String subject, String body) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(int batch) {
        var now = time.now();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from outbox_message where "
                        + "(status = 'PENDING' and next_attempt_at <= ?1) or (status = 'SENDING' and claimed_until < ?1) "
                        + "order by next_attempt_at, id limit ?2 for update skip locked")
                .setParameter(1, now).setParameter(2, batch).getResultList();
        return ids.stream().map(id -> {
            var message = em.find(OutboxMessage.class, id.longValue());
            message.claim(now.plus(CLAIM));
            return new Claimed(message.id(), message.recipient(), message.subject(), message.body());
        }).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id) {
        // Gone meanwhile: erased with what it was about while it was being sent
        var message = em.find(OutboxMessage.class, id);
        if (message != null) {
            message.sent(time.now());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String error) {
        var message = em.find(OutboxMessage.class, id);
        if (message != null) {
            message.failed(error, time.now(), settings.backoff());
        }
    }

    /** An administrator's "try again now"; false for a message already sent or being sent. */
    @Transactional
    public boolean retryNow(long id) {
        var message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new fi.aloitepolku.platform.rules.NotFound("outboxMessage", id);
        }
        return message.retryNow(time.now());
    }
}
