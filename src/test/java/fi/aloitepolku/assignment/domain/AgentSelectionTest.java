package fi.aloitepolku.assignment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.municipality.domain.AssignmentPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentSelectionTest {

    private static long pick(AssignmentPolicy policy, List<Candidate> candidates, Long previous) {
        return AgentSelection.choose(policy, candidates, previous).orElseThrow().agentId();
    }

    @Test
    void roundRobinTakesTurnsAndWrapsAround() {
        var agents = List.of(new Candidate(7, 0, 3), new Candidate(3, 0, 9), new Candidate(5, 0, 1));
        List<Long> picks = new ArrayList<>();
        Long previous = null;
        for (int i = 0; i < 5; i++) {
            previous = pick(AssignmentPolicy.ROUND_ROBIN, agents, previous);
            picks.add(previous);
        }
        assertEquals(List.of(3L, 5L, 7L, 3L, 5L), picks);
    }

    @Test
    void roundRobinContinuesAfterAnAgentWhoIsNoLongerACandidate() {
        // The previous pick (4) is absent today: the turn goes to the next id after it
        var agents = List.of(new Candidate(3, 0, 0), new Candidate(5, 0, 0));
        assertEquals(5L, pick(AssignmentPolicy.ROUND_ROBIN, agents, 4L));
    }

    @Test
    void agentsCoveringTheThemeAndDistrictComeFirst() {
        var agents = List.of(new Candidate(1, 0, 0), new Candidate(2, 2, 50), new Candidate(3, 1, 0));
        assertEquals(2L, pick(AssignmentPolicy.ROUND_ROBIN, agents, null));
        assertEquals(2L, pick(AssignmentPolicy.LEAST_WORKLOAD, agents, 2L));
    }

    @Test
    void leastWorkloadTakesTheFewestOpenCasesAndBreaksTiesInTurn() {
        var agents = List.of(new Candidate(1, 1, 12), new Candidate(2, 1, 4), new Candidate(3, 1, 4));
        assertEquals(2L, pick(AssignmentPolicy.LEAST_WORKLOAD, agents, null));
        assertEquals(3L, pick(AssignmentPolicy.LEAST_WORKLOAD, agents, 2L));
        assertEquals(2L, pick(AssignmentPolicy.LEAST_WORKLOAD, agents, 3L));
    }

    @Test
    void nobodyAvailableMeansNoPick() {
        assertTrue(AgentSelection.choose(AssignmentPolicy.ROUND_ROBIN, List.of(), 1L).isEmpty());
    }
}
