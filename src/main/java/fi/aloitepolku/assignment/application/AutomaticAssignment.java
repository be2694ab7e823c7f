package fi.aloitepolku.assignment.application;

import fi.aloitepolku.assignment.domain.AgentAssigned;
import fi.aloitepolku.assignment.domain.AgentSelection;
import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.InitiativeRegistered;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.application.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives every new case an agent by its municipality's policy, in the transaction that registers it. When no
 * agent is available (none covers the municipality, or all are away) the case stays unassigned, which the log
 * and the administrators' workload view show.
 */
@ApplicationScoped
public class AutomaticAssignment {

    /** The actor of automatic entries in the case log. */
    static final String SYSTEM = "system";

    @Inject
    InitiativeRepository initiatives;

    @Inject
    AssignmentCandidates candidates;

    @Inject
    StaffDirectory staff;

    @Inject
    CaseLog caseLog;

    @Inject
    HelsinkiTime time;

    @Inject
    Event<AgentAssigned> assigned;

    void onRegistered(@Observes InitiativeRegistered registered) {
        var initiative = initiatives.find(registered.initiativeId()).orElseThrow();
        var municipality = initiative.municipality();
        Long previous = candidates.lockTurn(municipality.id());
        var policy = municipality.assignmentPolicy();
        var pick = AgentSelection.choose(policy, candidates.forCase(municipality.id(), initiative.theme(),
                initiative.districtId(), time.toHelsinkiDate(registered.at())), previous);
        if (pick.isEmpty()) {
            caseLog.append(new CaseEvent(initiative.id(), registered.at(), SYSTEM, CaseEventKind.AGENT_ASSIGNED,
                    "policy " + policy + ": no agent available", false));
            return;
        }
        var agent = staff.find(pick.get().agentId()).orElseThrow();
        initiative.assignAgent(agent, null, registered.at());
        candidates.advanceTurn(municipality.id(), agent.id());
        String reason = "policy " + policy + " (matches theme/district: " + pick.get().matches() + "/2, open cases: "
                + pick.get().openCases() + ")";
        caseLog.append(new CaseEvent(initiative.id(), registered.at(), SYSTEM, CaseEventKind.AGENT_ASSIGNED,
                "→ " + agent.username() + ": " + reason, false));
        assigned.fire(new AgentAssigned(initiative.id(), initiative.title(), agent.id(), SYSTEM, reason,
                registered.at()));
    }
}
