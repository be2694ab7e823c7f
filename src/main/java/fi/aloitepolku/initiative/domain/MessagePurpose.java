package fi.aloitepolku.initiative.domain;

/** What a message to the initiator was for; an answer or a decision counts as telling them the measures taken. */
public enum MessagePurpose {
    ACKNOWLEDGEMENT,
    ANSWER,
    DECISION,
    OTHER;

    public boolean answers() {
        return this == ANSWER || this == DECISION;
    }
}
