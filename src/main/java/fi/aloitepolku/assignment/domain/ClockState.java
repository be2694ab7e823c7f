package fi.aloitepolku.assignment.domain;

/** Where a deadline stands on a given day. */
public enum ClockState {
    RUNNING,
    OVERDUE,
    MET,
    MET_LATE,
    /** The case ended (rejected, merged, withdrawn…) before the deadline was met: nothing more to remind of. */
    STOPPED,
    /** The law's clock may apply but the municipality's electorate is not known: it is not guessed. */
    NOT_COMPUTABLE
}
