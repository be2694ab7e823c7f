package fi.aloitepolku.initiative.domain;

/** How an initiative reached the municipality. */
public enum Channel {
    RESIDENT_WEB_FORM,
    EMAIL,
    PAPER,
    KUNTALAISALOITE_FI,
    COUNCIL,
    SURVEY,
    WORKING_GROUP
}
