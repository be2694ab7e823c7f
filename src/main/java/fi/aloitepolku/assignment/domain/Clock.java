package fi.aloitepolku.assignment.domain;

import java.time.LocalDate;

/** One deadline of a case: when it falls due, when (if) it was met, and days left (negative when overdue). */
public record Clock(ClockKind kind, LocalDate dueOn, LocalDate metOn, ClockState state, Long daysLeft) {

    /** Whether reminders and workload should count it: it has a date and still runs. */
    public boolean running() {
        return state == ClockState.RUNNING || state == ClockState.OVERDUE;
    }
}
