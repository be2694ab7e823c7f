package fi.aloitepolku.notification.application;

import fi.aloitepolku.assignment.domain.AgentAssigned;
import fi.aloitepolku.assignment.domain.DeadlineReminder;
import fi.aloitepolku.assignment.domain.ReminderStage;
import fi.aloitepolku.notification.domain.NotificationKind;
import fi.aloitepolku.staff.application.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Who hears of what happens to cases: an agent of the case given to them, of its deadlines coming near and
 * passing; administrators of deadlines passed and of deadlines of cases nobody owns. In the transaction of the
 * event, so the notice exists exactly when the change does.
 */
@ApplicationScoped
public class CaseNotices {

    @Inject
    StaffNotifications notifications;

    @Inject
    StaffDirectory staff;

    void onAssigned(@Observes AgentAssigned assigned) {
        notifications.notify(assigned.agentId(), NotificationKind.CASE_ASSIGNED, assigned.initiativeId(),
                assigned.initiativeId(), assigned.caseTitle(),
                assigned.reason() == null || assigned.reason().isBlank() ? "-" : assigned.reason());
    }

    void onReminder(@Observes DeadlineReminder reminder) {
        var clock = new MessageKey("clock.kind." + reminder.kind().name());
        Object[] args = {reminder.initiativeId(), reminder.caseTitle(), clock, reminder.dueOn()};
        boolean passed = reminder.stage() == ReminderStage.PASSED;
        if (reminder.agentId() != null) {
            notifications.notify(reminder.agentId(),
                    passed ? NotificationKind.DEADLINE_PASSED : NotificationKind.DEADLINE_APPROACHING,
                    reminder.initiativeId(), args);
        }
        if (passed || reminder.agentId() == null) {
            var kind = reminder.agentId() == null ? NotificationKind.CASE_UNASSIGNED_DEADLINE
                    : NotificationKind.DEADLINE_PASSED;
            for (long admin : staff.activeAdministratorIds()) {
                notifications.notify(admin, kind, reminder.initiativeId(), args);
            }
        }
    }
}
