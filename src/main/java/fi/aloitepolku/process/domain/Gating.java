package fi.aloitepolku.process.domain;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import java.util.Comparator;
import java.util.List;

/**
 * Which steps hold a case back from a status: the template's required steps for that status (or an
 * earlier one) that are neither done nor marked not applicable. The one place for this rule.
 */
public final class Gating {

    private Gating() {
    }

    public static List<ProcessStep> missingBefore(InitiativeStatus target, List<CaseStep> caseSteps) {
        return caseSteps.stream()
                .filter(cs -> cs.step().gates(target) && !cs.state().settled())
                .map(CaseStep::step)
                .sorted(Comparator.comparingInt(ProcessStep::position))
                .toList();
    }
}
