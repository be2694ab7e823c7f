package fi.aloitepolku.council.domain;

/** Where a statement request stands: still open, or answered one way or another. */
public enum StatementState {
    REQUESTED,
    RECEIVED,
    DECLINED,
    NO_ANSWER;

    public boolean open() {
        return this == REQUESTED;
    }
}
