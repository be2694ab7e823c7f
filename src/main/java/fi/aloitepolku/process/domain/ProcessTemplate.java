package fi.aloitepolku.process.domain;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The steps a case goes through, as data. Published templates are frozen: a case keeps the template it
 * started with, so adjusting the process means copying the template, editing the draft and publishing it.
 */
@Entity
@Table(name = "process_template")
public class ProcessTemplate {

    static final int MAX_STEPS = 50;
    /** The statuses a step may be required before. */
    public static final Set<InitiativeStatus> GATEABLE = EnumSet.of(InitiativeStatus.DECISION_PROPOSED,
            InitiativeStatus.DECIDED, InitiativeStatus.DECISION_COMMUNICATED, InitiativeStatus.CLOSED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "based_on_id")
    private Long basedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TemplateState state;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProcessStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected ProcessTemplate() {
    }

    /** A new, empty draft. */
    public static ProcessTemplate draft(String name, String actor, Instant now) {
        var draft = new ProcessTemplate();
        draft.name = name;
        draft.versionNo = 1;
        draft.state = TemplateState.DRAFT;
        draft.createdAt = now;
        draft.createdBy = actor;
        return draft;
    }

    /** A draft copy of this template, to be adjusted and published. */
    public ProcessTemplate copy(String copyName, int nextVersionNo, String actor, Instant now) {
        var draft = new ProcessTemplate();
        draft.name = copyName;
        draft.versionNo = nextVersionNo;
        draft.basedOn = id;
        draft.state = TemplateState.DRAFT;
        draft.createdAt = now;
        draft.createdBy = actor;
        for (ProcessStep step : steps) {
            draft.steps.add(new ProcessStep(draft, step.position(), step.definition()));
        }
        return draft;
    }

    public void rename(String newName) {
        requireDraft();
        if (newName == null || newName.isBlank()) {
            throw new RuleViolation("name", "template.name.required");
        }
        name = newName.trim();
    }

    public ProcessStep addStep(StepDefinition definition) {
        requireDraft();
        validate(definition);
        if (steps.size() >= MAX_STEPS) {
            throw new RuleViolation(null, "template.steps.tooMany", MAX_STEPS);
        }
        var step = new ProcessStep(this, steps.size() + 1, definition);
        steps.add(step);
        return step;
    }

    public void changeStep(long stepId, StepDefinition definition) {
        requireDraft();
        validate(definition);
        step(stepId).apply(definition);
    }

    public void removeStep(long stepId) {
        requireDraft();
        steps.remove(step(stepId));
        renumber();
    }

    /** Moves a step one place up (-1) or down (+1). */
    public void moveStep(long stepId, int direction) {
        requireDraft();
        int index = steps.indexOf(step(stepId));
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= steps.size()) {
            return;
        }
        Collections.swap(steps, index, other);
        renumber();
    }

    /** Freezes the draft and makes it the template new cases follow. */
    public void publish(Instant now) {
        requireDraft();
        if (steps.isEmpty()) {
            throw new RuleViolation(null, "template.steps.none");
        }
        state = TemplateState.PUBLISHED;
        publishedAt = now;
        isDefault = true;
    }

    public void stopBeingDefault() {
        isDefault = false;
    }

    private void renumber() {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).moveTo(i + 1);
        }
    }

    private ProcessStep step(long stepId) {
        return steps.stream().filter(s -> s.id() != null && s.id() == stepId).findFirst()
                .orElseThrow(() -> new RuleViolation("step", "template.step.unknown"));
    }

    private void requireDraft() {
        if (state != TemplateState.DRAFT) {
            throw new StateConflict("template.published.frozen");
        }
    }

    private static void validate(StepDefinition d) {
        requireName("nameFi", d.nameFi());
        requireName("nameSv", d.nameSv());
        requireName("nameEn", d.nameEn());
        if (d.responsible() == null) {
            throw new RuleViolation("responsible", "template.step.responsible.required");
        }
        if (d.requiredBefore() != null && !GATEABLE.contains(d.requiredBefore())) {
            throw new RuleViolation("requiredBefore", "template.step.requiredBefore.invalid");
        }
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "template.step.name.required");
        }
        if (value.length() > 300) {
            throw new RuleViolation(field, "template.step.name.size", 300);
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int versionNo() {
        return versionNo;
    }

    public Long basedOn() {
        return basedOn;
    }

    public TemplateState state() {
        return state;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<ProcessStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    public long version() {
        return version;
    }
}
