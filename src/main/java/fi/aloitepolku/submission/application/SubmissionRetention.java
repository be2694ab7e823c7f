package fi.aloitepolku.submission.application;

import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Keeps the promise of the privacy notice: a rejected submission, with its sender's details, is deleted a year
 * after the decision. Published and merged ones live on as cases, which the archiving rules govern.
 */
@Singleton
public class SubmissionRetention {

    private static final Logger LOG = Logger.getLogger(SubmissionRetention.class.getName());
    static final Duration KEPT = Duration.ofDays(365);

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    /** Deleting the same rows twice is harmless, so every server may run it. */
    @Schedule(hour = "3", minute = "17", persistent = false, info = "delete rejected submissions after a year")
    public void deleteExpired() {
        int deleted = em.createNativeQuery("delete from submission where state = 'REJECTED' and moderated_at < ?1")
                .setParameter(1, time.now().minus(KEPT)).executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " rejected submissions older than a year");
        }
    }
}
