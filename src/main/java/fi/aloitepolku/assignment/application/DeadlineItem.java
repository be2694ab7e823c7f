package fi.aloitepolku.assignment.application;

import fi.aloitepolku.assignment.domain.ClockKind;
import java.time.LocalDate;

/** A running deadline of one of an agent's cases, for their list of what to do first. */
public record DeadlineItem(long initiativeId, String title, ClockKind kind, LocalDate dueOn, long daysLeft) {
}
