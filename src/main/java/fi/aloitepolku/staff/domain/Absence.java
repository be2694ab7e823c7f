package fi.aloitepolku.staff.domain;

import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An agent away for a period (Helsinki dates, both days included), and who takes new work meanwhile. */
@Entity
@Table(name = "agent_absence")
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_user_id", nullable = false, updatable = false)
    private Long staffUserId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "substitute_id")
    private Long substituteId;

    @Column(length = 200)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    protected Absence() {
    }

    public Absence(long staffUserId, LocalDate startsOn, LocalDate endsOn, Long substituteId, String note,
                   Instant createdAt, String createdBy) {
        if (startsOn == null) {
            throw new RuleViolation("startsOn", "absence.startsOn.required");
        }
        if (endsOn == null) {
            throw new RuleViolation("endsOn", "absence.endsOn.required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "absence.endsOn.beforeStart");
        }
        if (Objects.equals(substituteId, staffUserId)) {
            throw new RuleViolation("substituteId", "absence.substitute.self");
        }
        this.staffUserId = staffUserId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.substituteId = substituteId;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long id() {
        return id;
    }

    public Long staffUserId() {
        return staffUserId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Long substituteId() {
        return substituteId;
    }

    public String note() {
        return note;
    }
}
