package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseFactsChanged;
import fi.aloitepolku.initiative.domain.InitiativeRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Keeps the search's term index ({@code initiative_term}, {@code search_term}) in step with each case's title,
 * proposal and receipt date, in the transaction that registers or changes the case. The terms themselves come
 * from the database view {@code initiative_word}, the one place that says how a text is split, so the backfill
 * of migration V46, the seed generator and this class cannot disagree.
 */
@ApplicationScoped
public class CaseTerms {

    @PersistenceContext
    EntityManager em;

    void onRegistered(@Observes InitiativeRegistered registered) {
        refresh(registered.initiativeId());
    }

    void onFactsChanged(@Observes CaseFactsChanged changed) {
        refresh(changed.initiativeId());
    }

    void onPublicityChanged(@Observes fi.aloitepolku.initiative.domain.CasePublicityChanged changed) {
        refresh(changed.initiativeId());
    }

    /**
     * Removes the terms the case no longer has and adds the new ones; a change that left the text and date as
     * they were (a message to the initiator, a new signatory count) writes nothing. A case residents may not
     * see has no terms at all, and the dictionary keeps no word that only such a case had: neither a search
     * nor a prefix lookup may tell that its words exist.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(long initiativeId) {
        // The change that called us may not be written yet, and the view reads the case's row
        em.flush();
        boolean visible = !em.createNativeQuery("select 1 from initiative i where i.id = ?1 and "
                + PublicCases.sql("i")).setParameter(1, initiativeId).getResultList().isEmpty();
        if (!visible) {
            withdraw(initiativeId);
            return;
        }
        em.createNativeQuery("delete from initiative_term where initiative_id = ?1 and (term, received_on) not in "
                        + "(select w.term, w.received_on from initiative_word w where w.initiative_id = ?1)")
                .setParameter(1, initiativeId).executeUpdate();
        em.createNativeQuery("insert ignore into initiative_term (term, received_on, initiative_id) "
                        + "select w.term, w.received_on, w.initiative_id from initiative_word w where w.initiative_id = ?1")
                .setParameter(1, initiativeId).executeUpdate();
        // In term order, so that two cases registered at once lock new dictionary rows in the same order
        em.createNativeQuery("insert ignore into search_term (term) "
                        + "select distinct w.term from initiative_word w where w.initiative_id = ?1 order by w.term")
                .setParameter(1, initiativeId).executeUpdate();
    }

    /** Takes a case's terms out of the index, and out of the dictionary those that no other case has. */
    private void withdraw(long initiativeId) {
        int removed = em.createNativeQuery("delete from initiative_term where initiative_id = ?1")
                .setParameter(1, initiativeId).executeUpdate();
        if (removed > 0) {
            em.createNativeQuery("delete from search_term where term in (select w.term from initiative_word w "
                            + "where w.initiative_id = ?1) and term not in (select t.term from initiative_term t "
                            + "where t.term in (select w.term from initiative_word w where w.initiative_id = ?1))")
                    .setParameter(1, initiativeId).executeUpdate();
        }
    }
}
