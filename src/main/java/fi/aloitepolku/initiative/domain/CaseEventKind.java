package fi.aloitepolku.initiative.domain;

/** What kind of thing happened to a case. */
public enum CaseEventKind {
    REGISTERED,
    EDITED,
    STATUS_CHANGED,
    PREPARER_ASSIGNED,
    STEP_UPDATED,
    AGENT_ASSIGNED,
    INITIATOR_INFORMED,
    // The consultation record (hearing, council and decision features)
    HEARING_RECORDED,
    STATEMENT_REQUEST_RECORDED,
    DECISION_RECORDED,
    /** A resident's web submission was found to be the same matter as this case. */
    SUBMISSION_MERGED,
    /** Created or updated from an outside service (kuntalaisaloite.fi). */
    IMPORTED,
    /** The initiator's name and contact details were anonymised (retention, or an erasure request). */
    INITIATOR_ANONYMISED,
    /** Published after screening, marked confidential, or its confidentiality ended. */
    PUBLICITY_CHANGED
}
