package fi.aloitepolku.decision.application;

import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.initiative.domain.TransitionGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A case becomes "decided" only with a decision record whose outcome settles the matter. */
@ApplicationScoped
public class DecisionGuard implements TransitionGuard {

    @Inject
    DecisionQueries decisions;

    @Override
    public List<Blocker> blockers(Initiative initiative, InitiativeStatus target) {
        if (target != InitiativeStatus.DECIDED) {
            return List.of();
        }
        var outcome = decisions.outcomeOf(initiative.id());
        if (outcome.isEmpty()) {
            return List.of(new Blocker("decision.blocked.missing"));
        }
        if (!outcome.get().settlesMatter()) {
            return List.of(new Blocker("decision.blocked.unsettled"));
        }
        return List.of();
    }
}
