package fi.aloitepolku.initiative.domain;

import static fi.aloitepolku.initiative.domain.InitiativeStatus.ACCEPTED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.CLOSED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.DECIDED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.DECISION_COMMUNICATED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.DECISION_PROPOSED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.IN_PREPARATION;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.MERGED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.RECEIVED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.REJECTED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.TRANSFERRED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.staff.domain.StaffRole;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of status and move: allowed exactly where the city's process says, refused everywhere else. */
class LifecycleTest {

    /** Written out by hand from the issue, not derived from the code under test. */
    static final Map<Transition, Set<InitiativeStatus>> EXPECTED = Map.ofEntries(
            Map.entry(Transition.ACCEPT, EnumSet.of(RECEIVED)),
            Map.entry(Transition.MERGE, EnumSet.of(RECEIVED)),
            Map.entry(Transition.TRANSFER, EnumSet.of(RECEIVED)),
            Map.entry(Transition.REJECT, EnumSet.of(RECEIVED)),
            Map.entry(Transition.START_PREPARATION, EnumSet.of(ACCEPTED)),
            Map.entry(Transition.PROPOSE_DECISION, EnumSet.of(IN_PREPARATION)),
            Map.entry(Transition.RETURN_TO_PREPARATION, EnumSet.of(DECISION_PROPOSED)),
            Map.entry(Transition.RECORD_DECISION, EnumSet.of(DECISION_PROPOSED)),
            Map.entry(Transition.COMMUNICATE_DECISION, EnumSet.of(DECIDED)),
            Map.entry(Transition.CLOSE, EnumSet.of(DECISION_COMMUNICATED)),
            Map.entry(Transition.WITHDRAW, EnumSet.of(RECEIVED, ACCEPTED, IN_PREPARATION, DECISION_PROPOSED)));

    static final Map<Transition, InitiativeStatus> TARGET = Map.ofEntries(
            Map.entry(Transition.ACCEPT, ACCEPTED), Map.entry(Transition.MERGE, MERGED),
            Map.entry(Transition.TRANSFER, TRANSFERRED), Map.entry(Transition.REJECT, REJECTED),
            Map.entry(Transition.START_PREPARATION, IN_PREPARATION),
            Map.entry(Transition.PROPOSE_DECISION, DECISION_PROPOSED),
            Map.entry(Transition.RETURN_TO_PREPARATION, IN_PREPARATION),
            Map.entry(Transition.RECORD_DECISION, DECIDED),
            Map.entry(Transition.COMMUNICATE_DECISION, DECISION_COMMUNICATED),
            Map.entry(Transition.CLOSE, CLOSED), Map.entry(Transition.WITHDRAW, WITHDRAWN));

    static Stream<Arguments> everyPair() {
        return Stream.of(InitiativeStatus.values())
                .flatMap(s -> Stream.of(Transition.values()).map(t -> Arguments.of(s, t)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyPair")
    void aMoveIsAllowedExactlyFromItsStatuses(InitiativeStatus status, Transition transition) {
        boolean expected = EXPECTED.get(transition).contains(status);
        assertEquals(expected, Lifecycle.allows(status, transition));
        assertEquals(expected, Lifecycle.from(status).contains(transition));
        String reason = "Perustelu";
        Long target = transition == Transition.MERGE ? 42L : null;
        if (expected) {
            assertDoesNotThrow(() -> Lifecycle.check(status, transition, reason, target));
            assertEquals(TARGET.get(transition), transition.to());
        } else {
            var refused = assertThrows(StateConflict.class, () -> Lifecycle.check(status, transition, reason, target));
            assertEquals("transition.notAllowed", refused.messageKey());
        }
    }

    @Test
    void endedCasesCannotMoveAtAll() {
        for (var ended : EnumSet.of(MERGED, TRANSFERRED, REJECTED, CLOSED, WITHDRAWN)) {
            assertTrue(Lifecycle.from(ended).isEmpty(), ended + " is final");
        }
    }

    @Test
    void screeningReturningAndWithdrawingNeedAReason() {
        for (var t : EnumSet.of(Transition.ACCEPT, Transition.MERGE, Transition.TRANSFER, Transition.REJECT,
                Transition.WITHDRAW)) {
            var refused = assertThrows(RuleViolation.class, () -> Lifecycle.check(RECEIVED, t, "  ",
                    t == Transition.MERGE ? 1L : null));
            assertEquals("comment", refused.field());
        }
        assertThrows(RuleViolation.class,
                () -> Lifecycle.check(DECISION_PROPOSED, Transition.RETURN_TO_PREPARATION, null, null));
        assertDoesNotThrow(() -> Lifecycle.check(ACCEPTED, Transition.START_PREPARATION, null, null));
    }

    @Test
    void mergingNeedsATargetAndOnlyMergingTakesOne() {
        assertEquals("mergeInto", assertThrows(RuleViolation.class,
                () -> Lifecycle.check(RECEIVED, Transition.MERGE, "Sama asia", null)).field());
        assertEquals("mergeInto", assertThrows(RuleViolation.class,
                () -> Lifecycle.check(RECEIVED, Transition.ACCEPT, "Hyvä", 3L)).field());
    }

    @Test
    void agentsAndAdminsScreenAndCloseWhilePreparersMovePreparationOn() {
        var preparer = EnumSet.of(StaffRole.PREPARER);
        assertFalse(Lifecycle.mayPerform(preparer, Transition.ACCEPT));
        assertFalse(Lifecycle.mayPerform(preparer, Transition.CLOSE));
        assertFalse(Lifecycle.mayPerform(preparer, Transition.WITHDRAW));
        assertTrue(Lifecycle.mayPerform(preparer, Transition.PROPOSE_DECISION));
        assertTrue(Lifecycle.mayPerform(EnumSet.of(StaffRole.AGENT), Transition.ACCEPT));
        assertTrue(Lifecycle.mayPerform(EnumSet.of(StaffRole.ADMIN), Transition.CLOSE));
        assertFalse(Lifecycle.mayPerform(EnumSet.noneOf(StaffRole.class), Transition.START_PREPARATION));
    }
}
