package fi.aloitepolku.assignment.application;

import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the day's reminders. It fires every hour, not once a day, so that a server down at the usual hour
 * still runs the day when it comes back; the run row makes every attempt after the first a no-op.
 */
@Singleton
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    Reminders reminders;

    @Inject
    HelsinkiTime time;

    @Schedule(hour = "*", minute = "5", persistent = false, info = "deadline reminders")
    void hourly() {
        try {
            var report = reminders.run(time.today());
            if (report.ran()) {
                LOG.info(() -> "Deadline reminders for " + report.period() + ": " + report.reminders());
            }
        } catch (RuntimeException e) {
            // Rolled back with its run row: the next hour tries again
            LOG.log(Level.WARNING, "Deadline reminder run failed; retried next hour", e);
        }
    }
}
