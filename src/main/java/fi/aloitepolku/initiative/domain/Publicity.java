package fi.aloitepolku.initiative.domain;

/**
 * Whether residents may see a case. A case registered from mail, paper, a council, a survey or a working group
 * waits for an agent's screening; one from kuntalaisaloite.fi or a moderated web submission is public already.
 */
public enum Publicity {
    PUBLIC,
    /** Public once an agent accepts it or publishes it. */
    AFTER_SCREENING,
    /** Kept from residents on a legal ground (JulkL 24 §), possibly until a date. */
    CONFIDENTIAL;

    public static Publicity defaultFor(Channel channel) {
        return switch (channel) {
            case KUNTALAISALOITE_FI, RESIDENT_WEB_FORM -> PUBLIC;
            case EMAIL, PAPER, COUNCIL, SURVEY, WORKING_GROUP -> AFTER_SCREENING;
        };
    }
}
