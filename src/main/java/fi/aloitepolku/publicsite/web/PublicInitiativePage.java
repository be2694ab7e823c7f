package fi.aloitepolku.publicsite.web;

import fi.aloitepolku.council.application.PublicStatement;
import fi.aloitepolku.council.application.StatementRequestQueries;
import fi.aloitepolku.decision.application.DecisionQueries;
import fi.aloitepolku.decision.application.DecisionView;
import fi.aloitepolku.hearing.application.HearingQueries;
import fi.aloitepolku.hearing.application.PublicHearing;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.PublicInitiative;
import fi.aloitepolku.initiative.application.PublicTimelineEntry;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.process.application.ProcessQueries;
import fi.aloitepolku.process.application.PublicStep;
import java.util.List;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** One initiative as residents see it; an unknown or malformed id is a plain 404. */
@Named
@RequestScoped
public class PublicInitiativePage {

    private static final int DESCRIPTION_LENGTH = 155;

    @Inject
    InitiativeQueries queries;

    @Inject
    ProcessQueries process;

    @Inject
    HearingQueries hearingQueries;

    @Inject
    StatementRequestQueries statementQueries;

    @Inject
    DecisionQueries decisionQueries;

    /** Statuses in which a case may have a decision record; before them the query is skipped. */
    static final java.util.Set<InitiativeStatus> MAY_HAVE_DECISION = java.util.EnumSet.of(
            InitiativeStatus.DECISION_PROPOSED, InitiativeStatus.DECIDED, InitiativeStatus.DECISION_COMMUNICATED,
            InitiativeStatus.CLOSED);

    static final int TIMELINE_LENGTH = 50;
    /** The main path of a case, for the progress indicator. */
    static final List<InitiativeStatus> PATH = List.of(InitiativeStatus.RECEIVED, InitiativeStatus.ACCEPTED,
            InitiativeStatus.IN_PREPARATION, InitiativeStatus.DECISION_PROPOSED, InitiativeStatus.DECIDED,
            InitiativeStatus.DECISION_COMMUNICATED, InitiativeStatus.CLOSED);

    private List<PublicStep> steps = List.of();
    private List<PublicTimelineEntry> timeline = List.of();
    private List<PublicHearing> hearings = List.of();
    private List<PublicStatement> statements = List.of();
    private DecisionView decision;

    private String id;
    private PublicInitiative initiative;

    public void load() throws IOException {
        long parsed;
        try {
            parsed = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            notFound();
            return;
        }
        initiative = queries.publicView(parsed).orElse(null);
        if (initiative == null) {
            notFound();
            return;
        }
        steps = process.publicSteps(parsed);
        timeline = queries.publicTimeline(parsed, TIMELINE_LENGTH);
        // The consultation record: one statement each, however many hearings or statements the case has
        hearings = hearingQueries.publicForCase(parsed);
        statements = statementQueries.publicForCase(parsed);
        decision = MAY_HAVE_DECISION.contains(initiative.status())
                ? decisionQueries.forCase(parsed).orElse(null) : null;
    }

    private static void notFound() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }

    /** The meta description: the start of the proposal, cut at a word. */
    public String getDescription() {
        if (initiative == null) {
            return null;
        }
        String text = initiative.proposal().replaceAll("\\s+", " ").trim();
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH) + "…";
    }

    public List<InitiativeStatus> getPath() {
        return PATH;
    }

    /** Where the case is on the main path: reached, current, or still ahead. */
    public String stageOf(InitiativeStatus stage) {
        int current = PATH.indexOf(initiative.status());
        int index = PATH.indexOf(stage);
        if (current < 0) {
            return "off-path";
        }
        return index < current ? "done" : index == current ? "current" : "ahead";
    }

    /** A case that left the main path (merged, transferred, rejected, withdrawn). */
    public boolean isOffPath() {
        return !PATH.contains(initiative.status());
    }

    public List<PublicStep> getSteps() {
        return steps;
    }

    public List<PublicHearing> getHearings() {
        return hearings;
    }

    public List<PublicStatement> getStatements() {
        return statements;
    }

    public DecisionView getDecision() {
        return decision;
    }

    public List<PublicTimelineEntry> getTimeline() {
        return timeline;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PublicInitiative getInitiative() {
        return initiative;
    }
}
