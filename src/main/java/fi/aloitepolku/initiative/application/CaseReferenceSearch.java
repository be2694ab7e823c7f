package fi.aloitepolku.initiative.application;

import java.util.List;
import java.util.Optional;

/**
 * Finds cases by a formal reference typed into the search box (a decision citation such as
 * "KHALL 27.05.2024 § 185", a diary number). Implemented by the feature that keeps the references (the
 * decision record), which the initiative feature does not know; found by CDI, like the transition guards.
 */
public interface CaseReferenceSearch {

    /** The ids of the cases the text refers to, or empty when the text is not such a reference. */
    Optional<List<Long>> casesReferencedBy(String typed);
}
