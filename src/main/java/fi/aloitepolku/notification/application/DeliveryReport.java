package fi.aloitepolku.notification.application;

/** What one delivery round did; {@code sending} is false when no SMTP server is configured. */
public record DeliveryReport(boolean sending, int sent, int failed) {
}
