package fi.aloitepolku.initiative.domain;

import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A message sent to the initiator (the law wants them told what measures were taken). A record of what was
 * sent, so it is never edited; its text may name people and stays internal.
 */
@Entity
@Table(name = "initiator_message")
public class InitiatorMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private MessageChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private MessagePurpose purpose;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    protected InitiatorMessage() {
    }

    /** A message can be recorded afterwards, but not before the initiative arrived nor in the future. */
    public InitiatorMessage(Initiative initiative, LocalDate sentOn, MessageChannel channel, MessagePurpose purpose,
                            String body, LocalDate today, Instant recordedAt, String recordedBy) {
        if (sentOn == null) {
            throw new RuleViolation("sentOn", "initiatorMessage.sentOn.required");
        }
        if (sentOn.isAfter(today)) {
            throw new RuleViolation("sentOn", "initiatorMessage.sentOn.future");
        }
        if (sentOn.isBefore(initiative.receivedOn())) {
            throw new RuleViolation("sentOn", "initiatorMessage.sentOn.beforeReceived");
        }
        this.initiativeId = initiative.id();
        this.sentOn = sentOn;
        this.channel = channel;
        this.purpose = purpose;
        this.body = body.trim();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public MessageChannel channel() {
        return channel;
    }

    public MessagePurpose purpose() {
        return purpose;
    }
}
