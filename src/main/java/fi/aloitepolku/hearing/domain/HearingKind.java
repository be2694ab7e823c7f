package fi.aloitepolku.hearing.domain;

/** How the city heard residents or stakeholders. */
public enum HearingKind {
    OTAKANTAA,
    LAUSUNTOPALVELU,
    RESIDENT_EVENT,
    SURVEY,
    SOCIAL_MEDIA,
    STAKEHOLDER_MEETING,
    OTHER;

    /** A meeting happens at a time and place; the others are open for a period of days. */
    public boolean isMeeting() {
        return this == RESIDENT_EVENT || this == STAKEHOLDER_MEETING;
    }

    /** The national services are the hearing: without the link there is nothing to point residents to. */
    public boolean requiresLink() {
        return this == OTAKANTAA || this == LAUSUNTOPALVELU;
    }
}
