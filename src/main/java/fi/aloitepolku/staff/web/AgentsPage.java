package fi.aloitepolku.staff.web;

import fi.aloitepolku.staff.application.AgentProfile;
import fi.aloitepolku.staff.application.AgentProfiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's list of agents with what each covers (a deployment has tens of agents, not thousands). */
@Named
@RequestScoped
public class AgentsPage {

    @Inject
    AgentProfiles profiles;

    private List<AgentProfile> agents;
    private List<fi.aloitepolku.staff.application.StaffOption> others;

    /** Preparers and administrators, whose municipalities are set on the same page. */
    public List<fi.aloitepolku.staff.application.StaffOption> getOthers() {
        if (others == null) {
            others = profiles.otherStaff();
        }
        return others;
    }

    public List<AgentProfile> getAgents() {
        if (agents == null) {
            agents = profiles.agents().stream().map(a -> profiles.profile(a.id())).toList();
        }
        return agents;
    }
}
