package fi.aloitepolku.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Delivers what the outbox holds: claims a batch, sends each message, records each outcome. A failure is
 * retried later with a growing delay; a message is marked sent only after the server took it. Rounds on one
 * server never overlap; rounds on several servers never take the same message.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final int BATCH = 50;

    private final ReentrantLock round = new ReentrantLock();

    @Inject
    OutboxClaims claims;

    @Inject
    MailSender sender;

    @Inject
    MailSettings settings;

    public DeliveryReport deliverDue() {
        if (!settings.sending()) {
            return new DeliveryReport(false, 0, 0);
        }
        round.lock();
        try {
            int sent = 0;
            int failed = 0;
            for (var message : claims.claimDue(BATCH)) {
                try {
                    sender.send(message.id(), message.recipient(), message.subject(), message.body());
                    claims.sent(message.id());
                    sent++;
                } catch (Exception e) {
                    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                    LOG.warning(() -> "E-mail " + message.id() + " not delivered, retried later: " + reason);
                    claims.failed(message.id(), reason);
                    failed++;
                }
            }
            return new DeliveryReport(true, sent, failed);
        } finally {
            round.unlock();
        }
    }
}
