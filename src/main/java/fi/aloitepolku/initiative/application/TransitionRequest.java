package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.Transition;

/**
 * A request to move a case: the move, the reason or comment (required for screening, returning and
 * withdrawing), whether residents may read the comment, the case to merge into, and the version the
 * request was made from.
 */
public record TransitionRequest(Transition transition, String comment, boolean commentPublic, Long mergeInto,
                                Long version) {
}
