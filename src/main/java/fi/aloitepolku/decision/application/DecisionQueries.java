package fi.aloitepolku.decision.application;

import fi.aloitepolku.decision.domain.Citation;
import fi.aloitepolku.decision.domain.DecisionOutcome;
import fi.aloitepolku.decision.domain.DiaryNumber;
import fi.aloitepolku.initiative.application.CaseReferenceSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Read side of decision records: one statement per call. */
@ApplicationScoped
public class DecisionQueries implements CaseReferenceSearch {

    static final int MAX_REFERENCED = 100;

    @PersistenceContext
    EntityManager em;

    public Optional<DecisionView> forCase(long initiativeId) {
        return em.createQuery("select new fi.aloitepolku.decision.application.DecisionView(d.id, d.initiativeId, "
                        + "d.bodyKind, d.bodyName, d.bodyAbbreviation, d.meetingDate, d.section, d.diaryNumber, "
                        + "d.proposalText, d.decisionText, d.outcome, d.agendaUrl, d.minutesUrl, d.citation, d.version) "
                        + "from DecisionRecord d where d.initiativeId = :id", DecisionView.class)
                .setParameter("id", initiativeId)
                .getResultStream().findFirst();
    }

    /** The outcome of the case's decision record, if it has one (for the transition guard). */
    public Optional<DecisionOutcome> outcomeOf(long initiativeId) {
        return em.createQuery("select d.outcome from DecisionRecord d where d.initiativeId = :id", DecisionOutcome.class)
                .setParameter("id", initiativeId)
                .getResultStream().findFirst();
    }

    /**
     * A citation ("KHALL 27.05.2024 § 185", or without the § for the whole meeting) matches the citation key
     * exactly or by prefix, a diary number matches exactly: both through their indexes.
     */
    @Override
    public Optional<List<Long>> casesReferencedBy(String typed) {
        if (DiaryNumber.looksLike(typed)) {
            return Optional.of(ids("select d.initiativeId from DecisionRecord d where d.diaryNumber = :key",
                    typed.trim()));
        }
        var citation = Citation.search(typed);
        if (citation == null) {
            return Optional.empty();
        }
        return Optional.of(citation.prefix()
                ? ids("select d.initiativeId from DecisionRecord d where d.citationKey like :key", escapeLike(citation.key()) + "%")
                : ids("select d.initiativeId from DecisionRecord d where d.citationKey = :key", citation.key()));
    }

    private List<Long> ids(String jpql, String key) {
        return em.createQuery(jpql, Long.class).setParameter("key", key).setMaxResults(MAX_REFERENCED).getResultList();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
