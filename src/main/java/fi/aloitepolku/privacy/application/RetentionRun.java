package fi.aloitepolku.privacy.application;

import fi.aloitepolku.initiative.application.InitiatorRecords;
import fi.aloitepolku.notification.application.OutboxRetention;
import fi.aloitepolku.notification.follow.FollowRecords;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.submission.application.SubmissionRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.time.LocalDate;

/**
 * Removes personal data whose time is up, in each feature's own transaction: initiators of cases closed long
 * enough ago (logged in each case), followers of those cases and unconfirmed requests, rejected submissions
 * with their mail, and delivered mail that carried a private link. Every step is idempotent, so a repeated run
 * does no harm; the daily one runs once across servers (whoever inserts the day's {@code retention_run} row).
 */
@ApplicationScoped
public class RetentionRun {

    @PersistenceContext
    EntityManager em;

    @Inject
    RetentionPolicy policy;

    @Inject
    InitiatorRecords initiators;

    @Inject
    FollowRecords follows;

    @Inject
    SubmissionRetention submissions;

    @Inject
    OutboxRetention outbox;

    @Inject
    HelsinkiTime time;

    @Inject
    RetentionClaims claims;

    @Inject
    CurrentStaff currentStaff;

    /** The daily run: nothing when the day was already run. */
    public RetentionReport daily(LocalDate period) {
        if (!claims.claim(period, server())) {
            return new RetentionReport(period, false, 0, 0, 0, 0);
        }
        try {
            var report = runNow(period);
            claims.finished(report);
            return report;
        } catch (RuntimeException e) {
            // The next hour tries again
            claims.release(period);
            throw e;
        }
    }

    /** An administrator's run by hand: always runs (repeating is harmless) and records its counts. */
    public RetentionReport byHand() {
        if (!currentStaff.isAdmin()) {
            throw new NotPermitted("problem.forbidden.detail");
        }
        var period = time.today();
        claims.claim(period, server());
        var report = runNow(period);
        claims.finished(report);
        return report;
    }

    private RetentionReport runNow(LocalDate period) {
        var now = time.now();
        // Followers first: anonymising touches a case, which would move the closing time of a case that has no
        // status change in its log (data loaded from elsewhere)
        int followsDeleted = follows.deleteFollowsOf(initiators.closedBefore(policy.followerCutoff(now)), now);
        int anonymised = initiators.anonymiseClosedBefore(policy.initiatorCutoff(now));
        int submissionsDeleted = submissions.deleteExpired(policy.rejectedSubmissionCutoff(now), now);
        int mails = outbox.deletePrivateLinkMailBefore(policy.privateLinkMailCutoff(now));
        return new RetentionReport(period, true, anonymised, followsDeleted, submissionsDeleted, mails);
    }

    private static String server() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.io.IOException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

    /** The run row's short transactions. */
    @ApplicationScoped
    public static class RetentionClaims {

        @PersistenceContext
        EntityManager em;

        @Inject
        HelsinkiTime time;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean claim(LocalDate period, String server) {
            return em.createNativeQuery("insert ignore into retention_run (run_on, started_at, server) values (?1, ?2, ?3)")
                    .setParameter(1, period).setParameter(2, time.now()).setParameter(3, server).executeUpdate() == 1;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void finished(RetentionReport report) {
            em.createNativeQuery("update retention_run set finished_at = ?1, initiators_anonymised = "
                            + "initiators_anonymised + ?2, follows_deleted = follows_deleted + ?3, submissions_deleted = "
                            + "submissions_deleted + ?4, mails_deleted = mails_deleted + ?5 where run_on = ?6")
                    .setParameter(1, time.now()).setParameter(2, report.initiatorsAnonymised())
                    .setParameter(3, report.followsDeleted()).setParameter(4, report.submissionsDeleted())
                    .setParameter(5, report.mailsDeleted()).setParameter(6, report.period()).executeUpdate();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void release(LocalDate period) {
            em.createNativeQuery("delete from retention_run where run_on = ?1 and finished_at is null")
                    .setParameter(1, period).executeUpdate();
        }
    }
}
