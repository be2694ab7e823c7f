package fi.aloitepolku.initiative.domain;

/**
 * Where a case stands. Screening ends in one of ACCEPTED, MERGED, TRANSFERRED or REJECTED; an accepted
 * case moves on through preparation to a communicated decision. WITHDRAWN: the initiator took it back.
 */
public enum InitiativeStatus {
    RECEIVED,
    ACCEPTED,
    MERGED,
    TRANSFERRED,
    REJECTED,
    IN_PREPARATION,
    DECISION_PROPOSED,
    DECIDED,
    DECISION_COMMUNICATED,
    CLOSED,
    WITHDRAWN;

    /** A case in an open status still needs someone's work. */
    public boolean isOpen() {
        return switch (this) {
            case MERGED, TRANSFERRED, REJECTED, CLOSED, WITHDRAWN -> false;
            default -> true;
        };
    }
}
