package fi.aloitepolku.staff.application;

import java.time.LocalDate;

/** An absence to record: the period (Helsinki dates, both included), the substitute if any, and a note. */
public record AbsenceInput(LocalDate startsOn, LocalDate endsOn, Long substituteId, String note) {
}
