package fi.aloitepolku.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Delivers the outbox every half minute. */
@Singleton
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    @Inject
    OutboxDelivery delivery;

    /** Off only where something else drives delivery (the tests do, so that nothing runs between their steps). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "app.mail.background-delivery", defaultValue = "true")
    boolean enabled;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "outbox delivery")
    void deliver() {
        if (!enabled) {
            return;
        }
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox delivery round failed; next round in 30 s", e);
        }
    }
}
