package fi.aloitepolku.process.domain;

import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One step of one case: whether it is planned, done or not applicable, when, by whom, with what evidence. */
@Entity
@Table(name = "case_step")
public class CaseStep {

    static final int MAX_NOTE_LENGTH = 10_000;
    static final int MAX_LINKS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id", nullable = false, updatable = false)
    private ProcessStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StepState state = StepState.OPEN;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_by", length = 200)
    private String doneBy;

    private String note;

    @Column(name = "public_entry", nullable = false)
    private boolean publicEntry;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_step_link", joinColumns = @JoinColumn(name = "case_step_id"))
    @OrderColumn(name = "position")
    private List<EvidenceLink> links = new ArrayList<>();

    @Version
    private long version;

    protected CaseStep() {
    }

    public CaseStep(long initiativeId, ProcessStep step) {
        this.initiativeId = initiativeId;
        this.step = step;
    }

    /**
     * Records the step. A done step needs the day it was done, which cannot be in the future (Helsinki);
     * a planned step may have a due date; evidence links were checked when they were made.
     */
    public void record(StepRecord record, long expectedVersion, LocalDate today, String actor, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("step", id);
        }
        if (record.state() == null) {
            throw new RuleViolation("state", "step.state.required");
        }
        LocalDate date = record.date();
        switch (record.state()) {
            case DONE -> {
                if (date == null) {
                    throw new RuleViolation("date", "step.date.required");
                }
                if (date.isAfter(today)) {
                    throw new RuleViolation("date", "step.date.future");
                }
            }
            case PLANNED, OPEN, NOT_APPLICABLE -> {
                if (date != null && date.isAfter(today) && record.state() != StepState.PLANNED) {
                    throw new RuleViolation("date", "step.date.future");
                }
            }
        }
        if (record.note() != null && record.note().length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("note", "step.note.size", MAX_NOTE_LENGTH);
        }
        if (record.doneBy() != null && record.doneBy().length() > 200) {
            throw new RuleViolation("doneBy", "step.doneBy.size", 200);
        }
        List<EvidenceLink> newLinks = record.links() == null ? List.of() : record.links();
        if (newLinks.size() > MAX_LINKS) {
            throw new RuleViolation("links", "step.links.tooMany", MAX_LINKS);
        }
        state = record.state();
        doneOn = record.state() == StepState.DONE || record.state() == StepState.NOT_APPLICABLE ? date : null;
        dueOn = record.state() == StepState.PLANNED ? record.dueOn() : null;
        doneBy = blankToNull(record.doneBy());
        note = blankToNull(record.note());
        publicEntry = record.publicEntry();
        links.clear();
        links.addAll(newLinks);
        updatedAt = now;
        updatedBy = actor;
    }

    /** A planned step whose due day has passed. */
    public boolean overdue(LocalDate today) {
        return overdue(state, dueOn, today);
    }

    /** The rule, for read models that hold a step's state and due day without the entity. */
    public static boolean overdue(StepState state, LocalDate dueOn, LocalDate today) {
        return state == StepState.PLANNED && dueOn != null && dueOn.isBefore(today);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long id() {
        return id;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public ProcessStep step() {
        return step;
    }

    public StepState state() {
        return state;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String doneBy() {
        return doneBy;
    }

    public String note() {
        return note;
    }

    public boolean publicEntry() {
        return publicEntry;
    }

    public List<EvidenceLink> links() {
        return List.copyOf(links);
    }

    public long version() {
        return version;
    }
}
