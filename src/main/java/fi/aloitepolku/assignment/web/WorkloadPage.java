package fi.aloitepolku.assignment.web;

import fi.aloitepolku.assignment.application.AgentWorkload;
import fi.aloitepolku.assignment.application.DeadlineItem;
import fi.aloitepolku.assignment.application.WorkloadQueries;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.staff.application.SignedInStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Arrays;
import java.util.List;

/**
 * The workload page: an agent sees their own load and deadlines; an administrator sees every agent side by side,
 * as a table and as a stacked bar chart of the same numbers, and can open any agent's deadlines.
 */
@Named
@RequestScoped
public class WorkloadPage {

    /** Calm, distinguishable colours with enough contrast against white; one per open status. */
    private static final String[] PALETTE = {"#1f5f8b", "#2e7d32", "#8d6e00", "#6a1b9a", "#b23c17", "#00695c",
            "#455a64", "#ad1457"};

    @Inject
    WorkloadQueries queries;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    SignedInStaff signedIn;

    @Inject
    LocaleSelection locale;

    private Long agentParam;
    private List<AgentWorkload> rows;
    private List<DeadlineItem> deadlines;
    private Long unassigned;

    public List<AgentWorkload> getRows() {
        if (rows == null) {
            rows = queries.agents(currentStaff.isAdmin() ? null : self());
        }
        return rows;
    }

    /** The open statuses, in lifecycle order: the table's columns and the chart's series. */
    public List<InitiativeStatus> getStatuses() {
        return Arrays.stream(InitiativeStatus.values()).filter(InitiativeStatus::isOpen).toList();
    }

    public long getUnassigned() {
        if (unassigned == null) {
            unassigned = currentStaff.isAdmin() ? queries.unassignedOpen() : 0;
        }
        return unassigned;
    }

    /** Whose deadlines are listed: an administrator may pick any agent, an agent sees their own. */
    public Long getDeadlineAgentId() {
        if (currentStaff.isAdmin()) {
            return agentParam;
        }
        return self();
    }

    public List<DeadlineItem> getDeadlines() {
        if (deadlines == null) {
            Long agent = getDeadlineAgentId();
            deadlines = agent == null ? List.of() : queries.deadlines(agent, 50);
        }
        return deadlines;
    }

    public String getDeadlineAgentName() {
        Long agent = getDeadlineAgentId();
        return agent == null ? "" : getRows().stream().filter(r -> r.agentId() == agent).map(AgentWorkload::displayName)
                .findFirst().orElse("");
    }

    /** The Chart.js configuration of the side-by-side chart, built from the table's own numbers. */
    public String getChartJson() {
        var loc = locale.getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getRows().forEach(r -> labels.add(r.displayName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        var statuses = getStatuses();
        for (int i = 0; i < statuses.size(); i++) {
            var status = statuses.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            getRows().forEach(r -> data.add(r.count(status)));
            datasets.add(Json.createObjectBuilder().add("label", Texts.get(loc, "status." + status.name()))
                    .add("data", data).add("backgroundColor", PALETTE[i % PALETTE.length]).add("stack", "open"));
        }
        JsonArrayBuilder overdue = Json.createArrayBuilder();
        getRows().forEach(r -> overdue.add(r.overdue()));
        datasets.add(Json.createObjectBuilder().add("label", Texts.get(loc, "workload.overdue"))
                .add("data", overdue).add("backgroundColor", "#b00020").add("stack", "overdue"));
        var axis = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", axis)))
                .build().toString();
    }

    public Long getAgent() {
        return agentParam;
    }

    public void setAgent(Long agent) {
        this.agentParam = agent;
    }

    private Long self() {
        return signedIn.id().orElse(null);
    }
}
