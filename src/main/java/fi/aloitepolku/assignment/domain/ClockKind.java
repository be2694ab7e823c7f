package fi.aloitepolku.assignment.domain;

/** The deadlines a case runs against: the law's, and the municipality's own service targets. */
public enum ClockKind {
    /** Local Government Act §23: an initiative of at least 2 % of the electorate to the council within six months. */
    STATUTORY_COUNCIL,
    /** Own target: the initiator hears that the initiative arrived. */
    ACKNOWLEDGE,
    /** Own target: the initiator gets a first answer on the measures taken. */
    FIRST_ANSWER,
    /** Own target: the matter is decided. */
    DECISION
}
