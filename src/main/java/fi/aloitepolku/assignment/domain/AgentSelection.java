package fi.aloitepolku.assignment.domain;

import fi.aloitepolku.municipality.domain.AssignmentPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the agent of a new case. Only the best-matching agents are considered (those covering both the
 * case's theme and district before those covering one of them, before the rest), so that a specialist gets
 * their cases and a case nobody specialises in still gets someone. Among them the municipality's policy
 * decides; ties and turns follow agent ids after the previous pick, so nobody is favoured by accident.
 */
public final class AgentSelection {

    private AgentSelection() {
    }

    public static Optional<Candidate> choose(AssignmentPolicy policy, List<Candidate> candidates,
                                             Long previousAgentId) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int best = candidates.stream().mapToInt(Candidate::matches).max().orElseThrow();
        List<Candidate> inTurn = candidates.stream()
                .filter(c -> c.matches() == best)
                .sorted(turnOrder(previousAgentId))
                .toList();
        return switch (policy) {
            case ROUND_ROBIN -> Optional.of(inTurn.getFirst());
            // A stable sort keeps the turn order among those with equally few open cases
            case LEAST_WORKLOAD -> inTurn.stream().min(Comparator.comparingLong(Candidate::openCases));
        };
    }

    /** Agents after the previous pick first (by id), then from the start again. */
    private static Comparator<Candidate> turnOrder(Long previousAgentId) {
        long previous = previousAgentId == null ? Long.MIN_VALUE : previousAgentId;
        return Comparator.comparing((Candidate c) -> c.agentId() <= previous)
                .thenComparingLong(Candidate::agentId);
    }
}
