package fi.aloitepolku.process.web;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.process.application.ProcessTemplates;
import fi.aloitepolku.process.domain.ProcessTemplate;
import fi.aloitepolku.process.domain.Responsible;
import fi.aloitepolku.process.domain.StepDefinition;
import fi.aloitepolku.process.domain.TemplateState;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Editing a draft template: rename, change, reorder, add and remove steps. Published templates are read-only. */
@Named
@ViewScoped
public class TemplatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProcessTemplates templates;

    @Inject
    transient PageMessages messages;

    private String id;
    private long templateId;
    private String name;
    private boolean draft;
    private final List<StepRow> steps = new ArrayList<>();
    private final StepRow newStep = new StepRow(null, 0, new StepDefinition("", "", "", Responsible.PREPARER, false, null));

    public void load() throws IOException {
        if (!steps.isEmpty() || templateId != 0) {
            return;
        }
        ProcessTemplate template;
        try {
            templateId = Long.parseLong(id == null ? "" : id.trim());
            template = templates.get(templateId);
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        name = template.name();
        draft = template.state() == TemplateState.DRAFT;
        template.steps().forEach(s -> steps.add(new StepRow(s.id(), s.position(), s.definition())));
    }

    public String save() {
        var changes = new java.util.LinkedHashMap<Long, StepDefinition>();
        steps.forEach(row -> changes.put(row.stepId, row.definition()));
        return act(() -> templates.saveDraft(templateId, name, changes), "template.saved");
    }

    public String add() {
        return act(() -> templates.addStep(templateId, newStep.definition()), "template.saved");
    }

    public String move(long stepId, int direction) {
        return act(() -> templates.moveStep(templateId, stepId, direction), "template.saved");
    }

    public String remove(long stepId) {
        return act(() -> templates.removeStep(templateId, stepId), "template.saved");
    }

    private String act(Runnable change, String doneKey) {
        try {
            change.run();
            messages.info(doneKey);
            return "/staff/admin/template?faces-redirect=true&id=" + templateId;
        } catch (StateConflict refused) {
            messages.conflict(refused);
        } catch (RuleViolation refused) {
            messages.refused("template:", refused);
        }
        return null;
    }

    public Responsible[] getResponsibles() {
        return Responsible.values();
    }

    public List<InitiativeStatus> getGateable() {
        return List.of(InitiativeStatus.DECISION_PROPOSED, InitiativeStatus.DECIDED,
                InitiativeStatus.DECISION_COMMUNICATED, InitiativeStatus.CLOSED);
    }

    /** One step of the form. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long stepId;
        private final int position;
        private String nameFi;
        private String nameSv;
        private String nameEn;
        private Responsible responsible;
        private boolean optional;
        private InitiativeStatus requiredBefore;

        StepRow(Long stepId, int position, StepDefinition d) {
            this.stepId = stepId;
            this.position = position;
            nameFi = d.nameFi();
            nameSv = d.nameSv();
            nameEn = d.nameEn();
            responsible = d.responsible();
            optional = d.optional();
            requiredBefore = d.requiredBefore();
        }

        StepDefinition definition() {
            return new StepDefinition(nameFi, nameSv, nameEn, responsible, optional, requiredBefore);
        }

        public Long getStepId() {
            return stepId;
        }

        public int getPosition() {
            return position;
        }

        public String getNameFi() {
            return nameFi;
        }

        public void setNameFi(String nameFi) {
            this.nameFi = nameFi;
        }

        public String getNameSv() {
            return nameSv;
        }

        public void setNameSv(String nameSv) {
            this.nameSv = nameSv;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public Responsible getResponsible() {
            return responsible;
        }

        public void setResponsible(Responsible responsible) {
            this.responsible = responsible;
        }

        public boolean isOptional() {
            return optional;
        }

        public void setOptional(boolean optional) {
            this.optional = optional;
        }

        public InitiativeStatus getRequiredBefore() {
            return requiredBefore;
        }

        public void setRequiredBefore(InitiativeStatus requiredBefore) {
            this.requiredBefore = requiredBefore;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isDraft() {
        return draft;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public StepRow getNewStep() {
        return newStep;
    }
}
