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

    /** Shown to residents with a public entry; the details stay internal. */
    @Column(name = "public_note", updatable = false)
    private String publicNote;

    @Column(name = "case_step_id", updatable = false)
    private Long caseStepId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", updatable = false, length = 32)
    private InitiativeStatus statusAfter;

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

    /** The entry of a status change: public (a case's stage is public), its comment public only if chosen. */
    public static CaseEvent statusChanged(long initiativeId, Instant at, String actor, InitiativeStatus from,
                                          InitiativeStatus to, String comment, boolean commentPublic) {
        var event = new CaseEvent(initiativeId, at, actor, CaseEventKind.STATUS_CHANGED,
                from + " → " + to + (comment == null || comment.isBlank() ? "" : ": " + comment.trim()), true);
        event.statusAfter = to;
        event.publicNote = commentPublic && comment != null && !comment.isBlank() ? comment.trim() : null;
        return event;
    }

    /** The entry of a step record; public when the step record is. */
    public static CaseEvent stepUpdated(long initiativeId, Instant at, String actor, long caseStepId, String details,
                                        boolean publicEntry) {
        var event = new CaseEvent(initiativeId, at, actor, CaseEventKind.STEP_UPDATED, details, publicEntry);
        event.caseStepId = caseStepId;
        return event;
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

    public String publicNote() {
        return publicNote;
    }

    public Long caseStepId() {
        return caseStepId;
    }

    public InitiativeStatus statusAfter() {
        return statusAfter;
    }
}
