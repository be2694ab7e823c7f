package fi.aloitepolku.notification.application;

import fi.aloitepolku.notification.domain.NotificationKind;
import fi.aloitepolku.staff.application.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a staff member something: a line in their in-app list and an e-mail in their language, both in the
 * caller's transaction (the mail through the outbox).
 */
@ApplicationScoped
public class StaffNotifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    Outbox outbox;

    @Inject
    fi.aloitepolku.platform.time.HelsinkiTime time;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(long recipientId, NotificationKind kind, Long initiativeId, Object... args) {
        var recipient = staff.find(recipientId).orElse(null);
        if (recipient == null || !recipient.isActive()) {
            return;
        }
        List<Object> arguments = List.of(args);
        long notificationId = record(recipientId, kind, initiativeId, args);
        if (recipient.email() == null || recipient.email().isBlank()) {
            return;
        }
        var locale = recipient.language();
        String body = NotificationText.body(locale, kind, arguments);
        if (initiativeId != null) {
            body += "\n\n" + baseUrl.replaceAll("/+$", "") + "/staff/initiative?id=" + initiativeId;
        }
        outbox.enqueue(recipient.email(), NotificationText.subject(locale, kind, arguments), body,
                "notification:" + notificationId);
    }

    /** Only the in-app line, no e-mail. @return its id */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(long recipientId, NotificationKind kind, Long initiativeId, Object... args) {
        em.createNativeQuery("insert into staff_notification (recipient_id, created_at, kind, initiative_id, args) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, recipientId).setParameter(2, time.now()).setParameter(3, kind.name())
                .setParameter(4, initiativeId).setParameter(5, NotificationText.store(List.of(args)))
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }
}
