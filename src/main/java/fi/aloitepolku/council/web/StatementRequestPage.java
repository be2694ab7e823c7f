package fi.aloitepolku.council.web;

import fi.aloitepolku.council.application.CouncilQueries;
import fi.aloitepolku.council.application.CouncilSummary;
import fi.aloitepolku.council.application.StatementRequestInput;
import fi.aloitepolku.council.application.StatementRequestQueries;
import fi.aloitepolku.council.application.StatementRequests;
import fi.aloitepolku.council.domain.StatementState;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A preparer asks a council for a statement, or records its answer (an existing request by {@code id}). */
@Named
@ViewScoped
public class StatementRequestPage implements Serializable {

    @jakarta.inject.Inject
    transient fi.aloitepolku.initiative.application.CaseAccess access;

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_DAYS_TO_ANSWER = 21;

    @Inject
    transient StatementRequestQueries queries;

    @Inject
    transient StatementRequests requests;

    @Inject
    transient CouncilQueries councilQueries;

    @Inject
    transient InitiativeQueries initiatives;

    @Inject
    transient PageMessages messages;

    @Inject
    transient HelsinkiTime time;

    private String caseId;
    private String requestId;
    private long initiativeId;
    private Long id;
    private boolean loaded;
    private List<CouncilSummary> councils = List.of();
    private Long councilId;
    private LocalDate requestedOn;
    private LocalDate deadline;
    private StatementState state = StatementState.REQUESTED;
    private LocalDate answeredOn;
    private String statementText;
    private String statementUrl;
    private String note;
    private long version;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        try {
            initiativeId = Long.parseLong(caseId == null ? "" : caseId.trim());
            access.requireVisible(initiativeId);
            var initiative = initiatives.caseView(initiativeId).orElseThrow(() -> new NotFound("initiative", initiativeId));
            councils = councilQueries.serving(initiative.municipalityId());
            if (requestId != null && !requestId.isBlank()) {
                var r = queries.one(initiativeId, Long.parseLong(requestId.trim()));
                id = r.id();
                councilId = r.councilId();
                requestedOn = r.requestedOn();
                deadline = r.deadline();
                state = r.state();
                answeredOn = r.answeredOn();
                statementText = r.statementText();
                statementUrl = r.statementUrl();
                note = r.note();
                version = r.version();
            } else {
                requestedOn = time.today();
                deadline = requestedOn.plusDays(DEFAULT_DAYS_TO_ANSWER);
            }
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        loaded = true;
    }

    public String save() {
        var input = new StatementRequestInput(councilId, requestedOn, deadline, state, answeredOn, statementText,
                statementUrl, note, version);
        try {
            if (id == null) {
                requests.add(initiativeId, input);
            } else {
                requests.revise(initiativeId, id, input);
            }
            messages.info("statement.saved");
            return "/staff/initiative?faces-redirect=true&id=" + initiativeId;
        } catch (ConcurrentEdit e) {
            messages.error("consultation.conflict");
        } catch (StateConflict refused) {
            messages.conflict(refused);
        } catch (RuleViolation refused) {
            messages.refused("statement:", refused);
        }
        return null;
    }

    public StatementState[] getStates() {
        return StatementState.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public List<CouncilSummary> getCouncils() {
        return councils;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public void setCouncilId(Long councilId) {
        this.councilId = councilId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public StatementState getState() {
        return state;
    }

    public void setState(StatementState state) {
        this.state = state;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public String getStatementText() {
        return statementText;
    }

    public void setStatementText(String statementText) {
        this.statementText = statementText;
    }

    public String getStatementUrl() {
        return statementUrl;
    }

    public void setStatementUrl(String statementUrl) {
        this.statementUrl = statementUrl;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
