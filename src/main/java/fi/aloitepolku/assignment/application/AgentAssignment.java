package fi.aloitepolku.assignment.application;

import fi.aloitepolku.assignment.domain.AgentAssigned;
import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.application.AgentAvailability;
import fi.aloitepolku.staff.application.StaffDirectory;
import fi.aloitepolku.staff.domain.StaffRole;
import fi.aloitepolku.staff.domain.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * An agent or administrator gives a case to an agent. The agent must take cases of the case's municipality;
 * one who is away today is replaced by their substitute, and refused when they have none.
 */
@ApplicationScoped
public class AgentAssignment {

    /** Only cases of the account's municipalities. */
    @jakarta.inject.Inject
    fi.aloitepolku.initiative.application.CaseAccess access;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    StaffDirectory staff;

    @Inject
    AgentAvailability availability;

    @Inject
    CaseLog caseLog;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    @Inject
    Event<AgentAssigned> assigned;

    /** @return the case's version after the change */
    @Transactional
    public long assign(long initiativeId, Long agentId, Long expectedVersion, String reason) {
        access.requireVisible(initiativeId);
        if (!currentStaff.canManageInitiatives()) {
            throw new NotPermitted("assignment.notPermitted");
        }
        if (agentId == null) {
            throw new RuleViolation("agentId", "assignment.agent.required");
        }
        if (expectedVersion == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.length() > 500) {
            throw new RuleViolation("reason", "assignment.reason.size", 500);
        }
        var initiative = initiatives.find(initiativeId).orElseThrow(() -> new NotFound("initiative", initiativeId));
        var municipality = initiative.municipality();
        StaffUser agent = eligible(agentId, municipality.id(), municipality.name(java.util.Locale.of("fi")));
        var today = time.today();
        var absence = availability.absenceOn(agent.id(), today);
        if (absence.isPresent()) {
            if (absence.get().substituteId() == null) {
                throw new RuleViolation("agentId", "assignment.agent.absent", agent.displayName(),
                        time.date(absence.get().endsOn()));
            }
            var substitute = eligible(absence.get().substituteId(), municipality.id(),
                    municipality.name(java.util.Locale.of("fi")));
            why = "substitute for " + agent.username() + " (away until " + absence.get().endsOn() + ")"
                    + (why.isEmpty() ? "" : "; " + why);
            agent = substitute;
        }
        var previous = initiative.assignedAgent();
        var now = time.now();
        initiative.assignAgent(agent, expectedVersion, now);
        initiatives.flush();
        String actor = currentStaff.username();
        caseLog.append(new CaseEvent(initiativeId, now, actor, CaseEventKind.AGENT_ASSIGNED,
                (previous == null ? "-" : previous.username()) + " → " + agent.username()
                        + (why.isEmpty() ? "" : ": " + why), false));
        assigned.fire(new AgentAssigned(initiativeId, initiative.title(), agent.id(), actor, why, now));
        return initiative.version();
    }

    private StaffUser eligible(long agentId, long municipalityId, String municipalityName) {
        var agent = staff.find(agentId).filter(u -> u.isActive() && u.hasRole(StaffRole.AGENT))
                .orElseThrow(() -> new RuleViolation("agentId", "assignment.agent.invalid"));
        if (!agent.covers(municipalityId)) {
            throw new RuleViolation("agentId", "assignment.agent.otherMunicipality", agent.displayName(),
                    municipalityName);
        }
        return agent;
    }
}
