package fi.aloitepolku.notification.application;

import fi.aloitepolku.notification.domain.NotificationKind;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.application.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** An administrator checks the mail settings: a test e-mail to any address, noted in their own list too. */
@ApplicationScoped
public class TestMessage {

    @Inject
    Outbox outbox;

    @Inject
    StaffNotifications notifications;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    StaffDirectory staff;

    @Inject
    HelsinkiTime time;

    @Transactional
    public void send(String recipient) {
        if (!currentStaff.hasRole(fi.aloitepolku.platform.security.Roles.DEPLOYMENT_ADMIN)) {
            throw new NotPermitted("outbox.notPermitted");
        }
        var admin = staff.byUsername(currentStaff.username()).orElseThrow();
        List<Object> args = List.of(recipient == null ? "" : recipient, time.dateTime(time.now()));
        outbox.enqueue(recipient, NotificationText.subject(admin.language(), NotificationKind.TEST_MESSAGE, args),
                NotificationText.body(admin.language(), NotificationKind.TEST_MESSAGE, args), null);
        // The notice in the admin's own list, without a second e-mail to them
        notifications.record(admin.id(), NotificationKind.TEST_MESSAGE, null, args.toArray());
    }
}
