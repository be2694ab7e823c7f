package fi.aloitepolku.decision.domain;

/** What the body did with the proposal (as in OpenAhjo's resolution types). */
public enum DecisionOutcome {
    PASSED_AS_PROPOSED,
    PASSED_AFTER_VOTE,
    AMENDED,
    REJECTED,
    TABLED,
    RETURNED,
    NOTED;

    /** Tabled (pöydälle) and returned (palautettiin valmisteluun) leave the matter undecided. */
    public boolean settlesMatter() {
        return this != TABLED && this != RETURNED;
    }

    /** The decision's own text is needed where it is not simply the proposal. */
    public boolean needsDecisionText() {
        return this == PASSED_AFTER_VOTE || this == AMENDED || this == REJECTED;
    }
}
