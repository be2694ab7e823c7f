package fi.aloitepolku.notification.follow;

/** What a confirmation or unsubscribe link did, each with its own polite page text. */
public enum FollowOutcome {
    CONFIRMED,
    ALREADY_CONFIRMED,
    UNSUBSCRIBED,
    EXPIRED,
    UNKNOWN
}
