package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import java.time.Instant;

/** A public entry of a case's timeline: no actor, no internal details. */
public record PublicTimelineEntry(Instant occurredAt, CaseEventKind kind, InitiativeStatus statusAfter,
                                  String publicNote, Long caseStepId) {
}
