package fi.aloitepolku.submission.application;

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

    public List<QueuedSubmission> queue(SubmissionState state, Long afterId, int limit) {
        return em.createQuery(VIEW + "where s.state = :state and (:after is null or s.id > :after) order by s.id",
                        QueuedSubmission.class)
                .setParameter("state", state).setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList();
    }

    public long waiting() {
        return em.createQuery("select count(s) from Submission s where s.state = :state", Long.class)
                .setParameter("state", SubmissionState.PENDING).getSingleResult();
    }

    public Optional<QueuedSubmission> one(long id) {
        return em.createQuery(VIEW + "where s.id = :id", QueuedSubmission.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
