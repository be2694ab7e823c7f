package fi.aloitepolku.notification.application;

import java.time.Instant;

/** An outgoing e-mail as the administrators' outbox page shows it. */
public record OutboxEntry(long id, Instant createdAt, String recipient, String subject, String body, String status,
                          int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
