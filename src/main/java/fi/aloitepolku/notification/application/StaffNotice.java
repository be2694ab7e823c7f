package fi.aloitepolku.notification.application;

import java.time.Instant;

/** One line of a staff member's notifications, in the reader's language. */
public record StaffNotice(long id, Instant createdAt, String kind, Long initiativeId, String subject, String text,
                          boolean read) {
}
