package fi.aloitepolku.assignment.domain;

/** A deadline is announced twice at most: when it comes near, and when it has passed. */
public enum ReminderStage {
    APPROACHING,
    PASSED
}
