package fi.aloitepolku.initiative.domain;

import java.time.Instant;

/** A case moved; observed in the same transaction by features that act on it (steps, notifications). */
public record CaseStatusChanged(long initiativeId, InitiativeStatus from, InitiativeStatus to, String actor,
                                Instant at) {
}
