package fi.aloitepolku.opendata.application;

import fi.aloitepolku.council.application.StatementRequestQueries;
import fi.aloitepolku.decision.application.DecisionQueries;
import fi.aloitepolku.hearing.application.HearingQueries;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Reads open data through the features' own public queries: a fixed number of statements per initiative. */
@ApplicationScoped
public class OpenDataQueries {

    static final int TIMELINE = 200;

    @Inject
    InitiativeQueries initiatives;

    @Inject
    HearingQueries hearings;

    @Inject
    StatementRequestQueries statements;

    @Inject
    DecisionQueries decisions;

    public Optional<OpenInitiative> initiative(long id) {
        return initiatives.publicView(id).map(i -> new OpenInitiative(i.id(), i.title(), i.proposal(),
                i.status().name(), i.channel().name(), i.signatoryCount(), i.receivedOn(), i.municipalityId(),
                i.municipalityFi(), i.municipalitySv(), i.initiatorName(), i.contactName(), i.updatedAt(),
                initiatives.publicTimeline(id, TIMELINE), hearings.publicForCase(id), statements.publicForCase(id),
                decisions.forCase(id).orElse(null)));
    }
}
