package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEventKind;
import java.time.Instant;

/** One line of a case's timeline. */
public record CaseEventEntry(long id, Instant occurredAt, String actor, CaseEventKind kind, String details,
                             boolean publicEntry) {
}
