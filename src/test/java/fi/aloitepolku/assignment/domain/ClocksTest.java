package fi.aloitepolku.assignment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.municipality.domain.ServiceTargets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClocksTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 10);

    private static ClockFacts facts(int signatories, Integer electorate, ServiceTargets targets, LocalDate firstMessage,
                                    LocalDate firstAnswer, LocalDate decided, boolean ended) {
        return new ClockFacts(RECEIVED, signatories, electorate, true, targets, firstMessage, firstAnswer, decided,
                ended);
    }

    private static Clock only(List<Clock> clocks, ClockKind kind) {
        return clocks.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void twoPercentIsReachedExactlyAtTheThreshold() {
        assertTrue(Clocks.statutoryShareReached(1_200, 60_000));
        assertFalse(Clocks.statutoryShareReached(1_199, 60_000));
        // Pori's electorate is about 70 000: 1 400 signatures are 2 %
        assertTrue(Clocks.statutoryShareReached(1_400, 70_000));
        assertFalse(Clocks.statutoryShareReached(1_399, 70_000));
    }

    @Test
    void sixMonthsAreCalendarMonthsAndEndOfMonthFollowsLeapYears() {
        assertEquals(LocalDate.of(2026, 9, 10), Clocks.statutoryDeadline(LocalDate.of(2026, 3, 10)));
        // 31 August + 6 months: no 31 February, so the last day of February
        assertEquals(LocalDate.of(2027, 2, 28), Clocks.statutoryDeadline(LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), Clocks.statutoryDeadline(LocalDate.of(2027, 8, 31)));
        // A leap day plus six months is an ordinary 29 August
        assertEquals(LocalDate.of(2028, 8, 29), Clocks.statutoryDeadline(LocalDate.of(2028, 2, 29)));
        // Across the year end
        assertEquals(LocalDate.of(2027, 6, 30), Clocks.statutoryDeadline(LocalDate.of(2026, 12, 30)));
    }

    @Test
    void statutoryClockRunsOnlyWhenTheShareIsReached() {
        var today = LocalDate.of(2026, 9, 1);
        var clocks = Clocks.of(facts(1_400, 70_000, ServiceTargets.none(), null, null, null, false), today);
        var statutory = only(clocks, ClockKind.STATUTORY_COUNCIL);
        assertEquals(LocalDate.of(2026, 9, 10), statutory.dueOn());
        assertEquals(ClockState.RUNNING, statutory.state());
        assertEquals(9L, statutory.daysLeft());

        assertTrue(Clocks.of(facts(12, 70_000, ServiceTargets.none(), null, null, null, false), today).isEmpty());
    }

    @Test
    void aMatterOutsideTheCouncilsCompetenceHasNoStatutoryClock() {
        var facts = new ClockFacts(RECEIVED, 5_000, 70_000, false, ServiceTargets.none(), null, null, null, false);
        assertTrue(Clocks.of(facts, RECEIVED).isEmpty());
    }

    @Test
    void unknownElectorateSaysCannotBeComputedInsteadOfGuessing() {
        var clock = only(Clocks.of(facts(5_000, null, ServiceTargets.none(), null, null, null, false), RECEIVED),
                ClockKind.STATUTORY_COUNCIL);
        assertEquals(ClockState.NOT_COMPUTABLE, clock.state());
        assertNull(clock.dueOn());
        assertFalse(clock.running());
    }

    @Test
    void overdueCountsNegativeDaysAndADecisionMeetsTheClock() {
        var late = LocalDate.of(2026, 9, 15);
        var overdue = only(Clocks.of(facts(1_400, 70_000, ServiceTargets.none(), null, null, null, false), late),
                ClockKind.STATUTORY_COUNCIL);
        assertEquals(ClockState.OVERDUE, overdue.state());
        assertEquals(-5L, overdue.daysLeft());

        var met = only(Clocks.of(facts(1_400, 70_000, ServiceTargets.none(), null, null, LocalDate.of(2026, 9, 1),
                false), late), ClockKind.STATUTORY_COUNCIL);
        assertEquals(ClockState.MET, met.state());
        var metLate = only(Clocks.of(facts(1_400, 70_000, ServiceTargets.none(), null, null,
                LocalDate.of(2026, 9, 11), false), late), ClockKind.STATUTORY_COUNCIL);
        assertEquals(ClockState.MET_LATE, metLate.state());
    }

    @Test
    void ownTargetsCountDaysFromReceiptAndAreMetByMessagesToTheInitiator() {
        var targets = new ServiceTargets(14, 90, 180);
        var today = LocalDate.of(2026, 3, 30);
        var clocks = Clocks.of(facts(1, 70_000, targets, LocalDate.of(2026, 3, 20), null, null, false), today);
        assertEquals(3, clocks.size());
        var acknowledge = only(clocks, ClockKind.ACKNOWLEDGE);
        assertEquals(LocalDate.of(2026, 3, 24), acknowledge.dueOn());
        assertEquals(ClockState.MET, acknowledge.state());
        var answer = only(clocks, ClockKind.FIRST_ANSWER);
        assertEquals(LocalDate.of(2026, 6, 8), answer.dueOn());
        assertEquals(70L, answer.daysLeft());
        assertEquals(LocalDate.of(2026, 9, 6), only(clocks, ClockKind.DECISION).dueOn());
    }

    @Test
    void anEndedCaseStopsItsRunningClocks() {
        var clocks = Clocks.of(facts(1_400, 70_000, new ServiceTargets(14, null, null), null, null, null, true),
                LocalDate.of(2026, 12, 1));
        assertTrue(clocks.stream().allMatch(c -> c.state() == ClockState.STOPPED));
        assertTrue(clocks.stream().noneMatch(Clock::running));
    }
}
