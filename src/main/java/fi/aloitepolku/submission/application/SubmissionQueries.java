package fi.aloitepolku.submission.application;

import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.staff.application.AccessScope;
import jakarta.inject.Inject;
import fi.aloitepolku.submission.domain.SubmissionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The moderation queue: one state at a time, oldest first, in keyset pages (after the last id shown). */
@ApplicationScoped
public class SubmissionQueries {

    private static final String VIEW = "select new fi.aloitepolku.submission.application.QueuedSubmission(s.id, "
            + "s.municipalityId, s.title, s.proposal, s.theme, s.submitterName, s.submitterEmail, s.submitterPhone, "
            + "s.namePublic, s.state, s.moderatorMessage, s.initiativeId, s.submittedAt, s.version) from Submission s ";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AccessScope scope;

    /**
     * The queue shows submitters' contact details: it is for agents and administrators only (never preparers),
     * and for the submissions to the account's municipalities.
     */
    public List<QueuedSubmission> queue(SubmissionState state, Long afterId, int limit) {
        requireModerator();
        var ids = scope.filter();
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(VIEW + "where s.state = :state and (:after is null or s.id > :after)"
                        + (ids == null ? "" : " and s.municipalityId in :ids") + " order by s.id", QueuedSubmission.class)
                .setParameter("state", state).setParameter("after", afterId);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList();
    }

    /** How many wait for moderation in the account's municipalities (none for those who cannot moderate). */
    public long waiting() {
        var ids = scope.filter();
        if (!currentStaff.canManageInitiatives() || (ids != null && ids.isEmpty())) {
            return 0;
        }
        var query = em.createQuery("select count(s) from Submission s where s.state = :state"
                + (ids == null ? "" : " and s.municipalityId in :ids"), Long.class)
                .setParameter("state", SubmissionState.PENDING);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.getSingleResult();
    }

    public Optional<QueuedSubmission> one(long id) {
        requireModerator();
        return em.createQuery(VIEW + "where s.id = :id", QueuedSubmission.class).setParameter("id", id)
                .getResultStream().filter(s -> scope.covers(s.municipalityId())).findFirst();
    }

    private void requireModerator() {
        if (!currentStaff.canManageInitiatives()) {
            throw new NotPermitted("submission.moderation.notPermitted");
        }
    }
}
