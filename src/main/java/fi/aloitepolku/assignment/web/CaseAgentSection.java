package fi.aloitepolku.assignment.web;

import fi.aloitepolku.assignment.application.AgentAssignment;
import fi.aloitepolku.assignment.application.CaseClocks;
import fi.aloitepolku.assignment.domain.Clock;
import fi.aloitepolku.initiative.application.InitiativeEditing;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.staff.application.StaffDirectory;
import fi.aloitepolku.staff.application.StaffOption;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The agent and deadline part of the staff case page: who owns the case, its clocks, and a change of agent. */
@Named
@ViewScoped
public class CaseAgentSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentAssignment assignment;

    @Inject
    transient CaseClocks clocks;

    @Inject
    transient InitiativeEditing editing;

    @Inject
    transient StaffDirectory staff;

    @Inject
    transient PageMessages messages;

    private Long caseId;
    private long version;
    private Long agentId;
    private String reason;
    private List<Clock> caseClocks = List.of();
    private List<StaffOption> agents;
    private long municipalityId;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            caseId = Long.parseLong(id == null ? "" : id.trim());
            var current = editing.forEditing(caseId);
            version = current.version();
            agentId = current.agentId();
            municipalityId = current.details().getMunicipalityId();
            caseClocks = clocks.of(caseId);
        } catch (RuntimeException e) {
            // An unknown case: the case page answers 404 itself
            caseId = null;
        }
    }

    public String assign() {
        var outcome = messages.attempt("agent:", "assignment.done",
                () -> assignment.assign(caseId, agentId, version, reason));
        return outcome == PageMessages.Outcome.DONE ? "/staff/initiative?faces-redirect=true&id=" + caseId : null;
    }

    public List<StaffOption> getAgents() {
        if (agents == null) {
            agents = caseId == null ? List.of() : staff.activeAgentsOf(municipalityId);
        }
        return agents;
    }

    public List<Clock> getClocks() {
        return caseClocks;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
