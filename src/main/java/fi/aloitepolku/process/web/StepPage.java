package fi.aloitepolku.process.web;

import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.process.application.CaseStepView;
import fi.aloitepolku.process.application.ProcessQueries;
import fi.aloitepolku.process.application.StepLogging;
import fi.aloitepolku.process.domain.EvidenceLink;
import fi.aloitepolku.process.domain.LinkKind;
import fi.aloitepolku.process.domain.StepRecord;
import fi.aloitepolku.process.domain.StepState;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A preparer records one step of a case: state, date, who, note, evidence links. */
@Named
@ViewScoped
public class StepPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int EMPTY_LINK_ROWS = 2;

    @Inject
    transient ProcessQueries queries;

    @Inject
    transient StepLogging logging;

    @Inject
    transient PageMessages messages;

    @Inject
    transient HelsinkiTime time;

    private String caseId;
    private String stepId;
    private long initiativeId;
    private CaseStepView step;
    private StepState state;
    private LocalDate date;
    private LocalDate dueOn;
    private String doneBy;
    private String note;
    private boolean publicEntry;
    private long version;
    private final List<LinkRow> links = new ArrayList<>();

    public void load() throws IOException {
        if (step != null) {
            return;
        }
        try {
            initiativeId = Long.parseLong(caseId == null ? "" : caseId.trim());
            long id = Long.parseLong(stepId == null ? "" : stepId.trim());
            step = queries.checklist(initiativeId).steps().stream().filter(s -> s.id() == id).findFirst()
                    .orElseThrow(() -> new NotFound("step", id));
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        state = step.state() == StepState.OPEN ? StepState.DONE : step.state();
        date = step.doneOn() == null ? time.today() : step.doneOn();
        dueOn = step.dueOn();
        doneBy = step.doneBy();
        note = step.note();
        // Internal unless the preparer chooses to show it: a new record starts internal
        publicEntry = step.publicEntry();
        version = step.version();
        step.links().forEach(l -> links.add(new LinkRow(l.kind(), l.url(), l.label())));
        for (int i = 0; i < EMPTY_LINK_ROWS; i++) {
            links.add(new LinkRow(LinkKind.WEB_PAGE, null, null));
        }
    }

    public String save() {
        try {
            List<EvidenceLink> evidence = new ArrayList<>();
            for (LinkRow row : links) {
                if (row.getUrl() != null && !row.getUrl().isBlank()) {
                    evidence.add(new EvidenceLink(row.getKind(), row.getUrl(), row.getLabel()));
                }
            }
            logging.record(initiativeId, step.id(), new StepRecord(state, state == StepState.PLANNED ? null : date,
                    dueOn, doneBy, note, publicEntry, evidence), version);
            messages.info("step.saved", Integer.toString(step.position()));
            return "/staff/initiative?faces-redirect=true&id=" + initiativeId;
        } catch (ConcurrentEdit e) {
            messages.error("step.conflict");
        } catch (StateConflict refused) {
            messages.conflict(refused);
        } catch (RuleViolation refused) {
            messages.refused("step:", refused);
        }
        return null;
    }

    public StepState[] getStates() {
        return new StepState[] {StepState.DONE, StepState.PLANNED, StepState.NOT_APPLICABLE, StepState.OPEN};
    }

    public LinkKind[] getLinkKinds() {
        return LinkKind.values();
    }

    /** One editable evidence link row. */
    public static class LinkRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LinkKind kind;
        private String url;
        private String label;

        LinkRow(LinkKind kind, String url, String label) {
            this.kind = kind;
            this.url = url;
            this.label = label;
        }

        public LinkKind getKind() {
            return kind;
        }

        public void setKind(LinkKind kind) {
            this.kind = kind;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getStepId() {
        return stepId;
    }

    public void setStepId(String stepId) {
        this.stepId = stepId;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public CaseStepView getStep() {
        return step;
    }

    public StepState getState() {
        return state;
    }

    public void setState(StepState state) {
        this.state = state;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public void setDoneBy(String doneBy) {
        this.doneBy = doneBy;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isPublicEntry() {
        return publicEntry;
    }

    public void setPublicEntry(boolean publicEntry) {
        this.publicEntry = publicEntry;
    }

    public List<LinkRow> getLinks() {
        return links;
    }
}
