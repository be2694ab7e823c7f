package fi.aloitepolku.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An e-mail waiting to be sent, being sent, sent or given up, with its attempts. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    private static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    /** Updatable once: a message that carried a private link is redacted when delivered. */
    @Column(nullable = false)
    private String body;

    @Column(name = "private_link", nullable = false, updatable = false)
    private boolean privateLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    /** A sender takes the message for a while; if it dies meanwhile, the claim runs out and another may try. */
    public void claim(Instant until) {
        status = OutboxStatus.SENDING;
        claimedUntil = until;
    }

    public void sent(Instant at) {
        if (privateLink) {
            body = PrivateLinks.redact(body);
        }
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = at;
        claimedUntil = null;
        lastError = null;
    }

    public void failed(String error, Instant now, Backoff backoff) {
        attempts++;
        claimedUntil = null;
        lastError = error == null ? "?" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (backoff.givesUpAfter(attempts)) {
            status = OutboxStatus.FAILED;
        } else {
            status = OutboxStatus.PENDING;
            nextAttemptAt = now.plus(backoff.delayAfter(attempts));
        }
    }

    /** An administrator asks for another try now (a message not yet sent). */
    public boolean retryNow(Instant now) {
        if (status == OutboxStatus.SENT || status == OutboxStatus.SENDING) {
            return false;
        }
        status = OutboxStatus.PENDING;
        nextAttemptAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }
}
