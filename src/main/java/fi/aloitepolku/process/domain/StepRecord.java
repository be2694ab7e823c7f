package fi.aloitepolku.process.domain;

import java.time.LocalDate;
import java.util.List;

/** What a preparer records of a step. */
public record StepRecord(StepState state, LocalDate date, LocalDate dueOn, String doneBy, String note,
                         boolean publicEntry, List<EvidenceLink> links) {
}
