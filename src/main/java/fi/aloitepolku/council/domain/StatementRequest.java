package fi.aloitepolku.council.domain;

import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.WebAddress;
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
import java.time.LocalDate;

/**
 * A case asks a council for a statement by a deadline. It is answered (received, with the statement's text
 * or a link to it), declined, or recorded as unanswered once the deadline has passed.
 */
@Entity
@Table(name = "statement_request")
public class StatementRequest {

    static final int MAX_TEXT = 20_000;
    static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "council_id", nullable = false)
    private Long councilId;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StatementState state;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "statement_text")
    private String statementText;

    @Column(name = "statement_url", length = WebAddress.MAX_LENGTH)
    private String statementUrl;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StatementRequest() {
    }

    public static StatementRequest of(long initiativeId, long councilId, StatementRequestDetails details,
                                      LocalDate today, Instant now) {
        var request = new StatementRequest();
        request.initiativeId = initiativeId;
        request.councilId = councilId;
        request.apply(details, today);
        request.createdAt = now;
        request.updatedAt = now;
        return request;
    }

    public void revise(long newCouncilId, StatementRequestDetails details, long expectedVersion, LocalDate today,
                       Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("statementRequest", id);
        }
        apply(details, today);
        councilId = newCouncilId;
        updatedAt = now;
    }

    private void apply(StatementRequestDetails d, LocalDate today) {
        if (d.requestedOn() == null) {
            throw new RuleViolation("requestedOn", "statement.requestedOn.required");
        }
        if (d.requestedOn().isAfter(today)) {
            throw new RuleViolation("requestedOn", "statement.requestedOn.future");
        }
        if (d.deadline() == null) {
            throw new RuleViolation("deadline", "statement.deadline.required");
        }
        if (d.deadline().isBefore(d.requestedOn())) {
            throw new RuleViolation("deadline", "statement.deadline.beforeRequest");
        }
        StatementState newState = d.state() == null ? StatementState.REQUESTED : d.state();
        LocalDate answered = null;
        String text = trimmed("statementText", d.statementText(), MAX_TEXT);
        String url = WebAddress.optionalHttps("statementUrl", d.statementUrl());
        switch (newState) {
            case RECEIVED -> {
                if (d.answeredOn() == null) {
                    throw new RuleViolation("answeredOn", "statement.answeredOn.required");
                }
                answered = answeredWithin(d, today);
                if (text == null && url == null) {
                    throw new RuleViolation("statementText", "statement.content.required");
                }
            }
            case DECLINED -> answered = d.answeredOn() == null ? null : answeredWithin(d, today);
            case NO_ANSWER -> {
                if (!d.deadline().isBefore(today)) {
                    throw new RuleViolation("state", "statement.noAnswer.beforeDeadline");
                }
            }
            case REQUESTED -> {
                // still waiting: no answer is kept
            }
        }
        requestedOn = d.requestedOn();
        deadline = d.deadline();
        state = newState;
        answeredOn = answered;
        statementText = newState == StatementState.RECEIVED ? text : null;
        statementUrl = newState == StatementState.RECEIVED ? url : null;
        note = trimmed("note", d.note(), MAX_NOTE);
    }

    private static LocalDate answeredWithin(StatementRequestDetails d, LocalDate today) {
        if (d.answeredOn().isBefore(d.requestedOn())) {
            throw new RuleViolation("answeredOn", "statement.answeredOn.beforeRequest");
        }
        if (d.answeredOn().isAfter(today)) {
            throw new RuleViolation("answeredOn", "statement.answeredOn.future");
        }
        return d.answeredOn();
    }

    /** An open request whose deadline has passed (Helsinki days): it shows in the agent's workload. */
    public static boolean overdue(StatementState state, LocalDate deadline, LocalDate today) {
        return state == StatementState.REQUESTED && deadline.isBefore(today);
    }

    private static String trimmed(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.trim();
        if (t.length() > max) {
            throw new RuleViolation(field, "field.tooLong", max);
        }
        return t;
    }

    public Long id() {
        return id;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public Long councilId() {
        return councilId;
    }

    public StatementState state() {
        return state;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public long version() {
        return version;
    }
}
