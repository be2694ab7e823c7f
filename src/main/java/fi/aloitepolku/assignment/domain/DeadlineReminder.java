package fi.aloitepolku.assignment.domain;

import java.time.LocalDate;

/**
 * A deadline of a case came near or passed, announced for the first time. Observed in the reminder run's
 * transaction: the assigned agent hears of it, and administrators too when it passed or nobody owns the case.
 */
public record DeadlineReminder(long initiativeId, String caseTitle, Long agentId, ClockKind kind, LocalDate dueOn,
                               ReminderStage stage) {
}
