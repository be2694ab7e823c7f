package fi.aloitepolku.process.api;

import fi.aloitepolku.process.domain.LinkKind;
import fi.aloitepolku.process.domain.StepState;
import java.time.LocalDate;
import java.util.List;

/** The body of a step update; {@code version} is the step record's version the update was made from. */
public record StepUpdate(StepState state, LocalDate date, LocalDate dueOn, String doneBy, String note,
                         boolean publicEntry, List<Link> links, Long version) {

    public record Link(LinkKind kind, String url, String label) {
    }
}
