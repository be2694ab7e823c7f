package fi.aloitepolku.process.application;

import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.initiative.domain.TransitionGuard;
import fi.aloitepolku.process.domain.Gating;
import fi.aloitepolku.process.domain.ProcessStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/** Holds a case back from a status while the template's required steps for it are open. */
@ApplicationScoped
public class StepGatingGuard implements TransitionGuard {

    @Inject
    CaseSteps caseSteps;

    @Override
    public List<Blocker> blockers(Initiative initiative, InitiativeStatus target) {
        if (initiative.processTemplateId() == null) {
            return List.of();
        }
        var missing = Gating.missingBefore(target, caseSteps.of(initiative.id()));
        if (missing.isEmpty()) {
            return List.of();
        }
        String positions = missing.stream().map(ProcessStep::position).map(String::valueOf)
                .collect(Collectors.joining(", "));
        return List.of(new Blocker("transition.blocked." + target.name(), positions));
    }
}
