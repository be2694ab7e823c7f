package fi.aloitepolku.initiative.domain;

/** How a message reached the initiator. */
public enum MessageChannel {
    EMAIL,
    LETTER,
    PHONE,
    MEETING,
    OTHER
}
