package fi.aloitepolku.assignment.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline rules, in one place. The statutory clock: Local Government Act §23 gives an initiative made by
 * at least 2 % of the residents entitled to vote, on a matter in the council's competence, six months from
 * becoming pending to be taken up by the council. Months are calendar months (31 August + 6 months is the last
 * day of February, 29th in a leap year); the municipality's own targets are days from receipt.
 */
public final class Clocks {

    /** 2 %: signatories × 50 ≥ electorate, in whole numbers so that no rounding decides a legal question. */
    private static final int SHARE_DIVISOR = 50;

    private static final int STATUTORY_MONTHS = 6;

    private Clocks() {
    }

    public static boolean statutoryShareReached(int signatories, int electorate) {
        return (long) signatories * SHARE_DIVISOR >= electorate;
    }

    public static LocalDate statutoryDeadline(LocalDate receivedOn) {
        return receivedOn.plusMonths(STATUTORY_MONTHS);
    }

    public static List<Clock> of(ClockFacts facts, LocalDate today) {
        List<Clock> clocks = new ArrayList<>();
        if (facts.councilCompetence()) {
            if (facts.electorate() == null) {
                clocks.add(new Clock(ClockKind.STATUTORY_COUNCIL, null, null, ClockState.NOT_COMPUTABLE, null));
            } else if (statutoryShareReached(facts.signatories(), facts.electorate())) {
                clocks.add(clock(ClockKind.STATUTORY_COUNCIL, statutoryDeadline(facts.receivedOn()),
                        facts.decidedOn(), facts, today));
            }
        }
        var targets = facts.targets();
        addTarget(clocks, ClockKind.ACKNOWLEDGE, targets.acknowledgeDays(), facts.firstMessageOn(), facts, today);
        addTarget(clocks, ClockKind.FIRST_ANSWER, targets.firstAnswerDays(), facts.firstAnswerOn(), facts, today);
        addTarget(clocks, ClockKind.DECISION, targets.decisionDays(), facts.decidedOn(), facts, today);
        return clocks;
    }

    private static void addTarget(List<Clock> clocks, ClockKind kind, Integer days, LocalDate metOn, ClockFacts facts,
                                  LocalDate today) {
        if (days != null) {
            clocks.add(clock(kind, facts.receivedOn().plusDays(days), metOn, facts, today));
        }
    }

    private static Clock clock(ClockKind kind, LocalDate dueOn, LocalDate metOn, ClockFacts facts, LocalDate today) {
        if (metOn != null) {
            return new Clock(kind, dueOn, metOn, metOn.isAfter(dueOn) ? ClockState.MET_LATE : ClockState.MET, null);
        }
        if (facts.endedUndecided()) {
            return new Clock(kind, dueOn, null, ClockState.STOPPED, null);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        return new Clock(kind, dueOn, null, daysLeft < 0 ? ClockState.OVERDUE : ClockState.RUNNING, daysLeft);
    }
}
