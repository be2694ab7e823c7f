package fi.aloitepolku.assignment.application;

import java.time.LocalDate;

/** What a reminder run did: {@code ran} is false when the period had already been run (here or elsewhere). */
public record RunReport(LocalDate period, boolean ran, int reminders) {
}
