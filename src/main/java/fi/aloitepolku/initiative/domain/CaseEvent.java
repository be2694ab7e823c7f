package fi.aloitepolku.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a case's log: who did what, when. Entries are only ever added (the database refuses
 * updates and deletes); {@code publicEntry} marks those residents may see, internal by default.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private CaseEventKind kind;

    @Column(updatable = false)
    private String details;

    @Column(name = "public_entry", nullable = false, updatable = false)
    private boolean publicEntry;

    protected CaseEvent() {
    }

    public CaseEvent(long initiativeId, Instant occurredAt, String actor, CaseEventKind kind, String details,
                     boolean publicEntry) {
        this.initiativeId = initiativeId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.details = details;
        this.publicEntry = publicEntry;
    }

    public Long id() {
        return id;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public CaseEventKind kind() {
        return kind;
    }

    public String details() {
        return details;
    }

    public boolean publicEntry() {
        return publicEntry;
    }
}
