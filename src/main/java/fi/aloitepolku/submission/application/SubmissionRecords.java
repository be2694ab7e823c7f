package fi.aloitepolku.submission.application;

import fi.aloitepolku.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What is held about one address in the residents' submissions, for an export or an erasure. */
@ApplicationScoped
public class SubmissionRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    SubmissionRetention retention;

    /** A submission as an export lists it (never its private link: only a hash of it is kept). */
    public record SubmissionHeld(long id, long municipalityId, String title, String proposal, String name, String email,
                                 String phone, boolean namePublic, String state, String moderatorMessage,
                                 Long initiativeId, Instant submittedAt) {
    }

    /** @param scope the municipalities covered, or null for all */
    public List<SubmissionHeld> heldFor(String address, Set<Long> scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, municipality_id, title, proposal, submitter_name, submitter_email, submitter_phone,
                               name_public, state, moderator_message, initiative_id, submitted_at
                        from submission where submitter_email = ?1 order by id""").setParameter(1, address)
                .getResultList();
        return rows.stream().map(r -> new SubmissionHeld(SqlValues.number(r[0]), SqlValues.number(r[1]), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], SqlValues.truthy(r[7]),
                        (String) r[8], (String) r[9], r[10] == null ? null : SqlValues.number(r[10]),
                        SqlValues.instant(r[11])))
                .filter(s -> scope == null || scope.contains(s.municipalityId())).toList();
    }

    public static Set<String> abouts(List<SubmissionHeld> submissions) {
        return submissions.stream().map(s -> SubmissionMail.about(s.id())).collect(Collectors.toSet());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(List<SubmissionHeld> submissions) {
        return retention.delete(submissions.stream().map(SubmissionHeld::id).toList());
    }
}
