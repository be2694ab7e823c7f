package fi.aloitepolku.notification.domain;

/** Where an outgoing e-mail stands. */
public enum OutboxStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
