package fi.aloitepolku.privacy.application;

import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the day's retention. It fires every hour, so that a server down at night still runs the day when it is
 * back; the day's run row makes every attempt after the first a no-op, on any server.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionRun run;

    @Inject
    HelsinkiTime time;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "app.retention.background", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "personal data retention")
    void hourly() {
        if (!enabled) {
            return;
        }
        try {
            var report = run.daily(time.today());
            if (report.ran()) {
                LOG.info(() -> "Retention for " + report.period() + ": " + report);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; retried next hour", e);
        }
    }
}
