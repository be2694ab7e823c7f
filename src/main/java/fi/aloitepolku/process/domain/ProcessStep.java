package fi.aloitepolku.process.domain;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** One step of a process template: its names, who is responsible, and which status it must precede. */
@Entity
@Table(name = "process_step")
public class ProcessStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private ProcessTemplate template;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Responsible responsible;

    @Column(nullable = false)
    private boolean optional;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_before", length = 32)
    private InitiativeStatus requiredBefore;

    protected ProcessStep() {
    }

    ProcessStep(ProcessTemplate template, int position, StepDefinition definition) {
        this.template = template;
        this.position = position;
        apply(definition);
    }

    void apply(StepDefinition definition) {
        nameFi = definition.nameFi().trim();
        nameSv = definition.nameSv().trim();
        nameEn = definition.nameEn().trim();
        responsible = definition.responsible();
        optional = definition.optional();
        requiredBefore = definition.requiredBefore();
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    /** An optional step never holds a case back; a required one holds it back from its status. */
    public boolean gates(InitiativeStatus target) {
        return !optional && requiredBefore != null && requiredBefore.ordinal() <= target.ordinal()
                && target.ordinal() <= InitiativeStatus.CLOSED.ordinal();
    }

    public StepDefinition definition() {
        return new StepDefinition(nameFi, nameSv, nameEn, responsible, optional, requiredBefore);
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }

    public Long id() {
        return id;
    }

    public ProcessTemplate template() {
        return template;
    }

    public int position() {
        return position;
    }

    public Responsible responsible() {
        return responsible;
    }

    public boolean optional() {
        return optional;
    }

    public InitiativeStatus requiredBefore() {
        return requiredBefore;
    }
}
