package fi.aloitepolku.process.domain;

/** Where a step of a case stands. OPEN: nothing recorded yet. */
public enum StepState {
    OPEN, PLANNED, DONE, NOT_APPLICABLE;

    /** Done or consciously skipped: the step no longer holds the case back. */
    public boolean settled() {
        return this == DONE || this == NOT_APPLICABLE;
    }
}
