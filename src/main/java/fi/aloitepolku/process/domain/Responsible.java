package fi.aloitepolku.process.domain;

/** Who is responsible for a step, in the words of the city's process description. */
public enum Responsible {
    MANAGEMENT,
    COMMUNICATIONS,
    STAFF_COMMUNICATIONS,
    PREPARER,
    PREPARER_AND_COMMUNICATIONS,
    MANAGEMENT_AND_PREPARER,
    SECRETARY,
    COMMUNICATIONS_AND_SECRETARY
}
