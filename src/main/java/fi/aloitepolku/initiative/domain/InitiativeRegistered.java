package fi.aloitepolku.initiative.domain;

import java.time.Instant;

/**
 * A new case exists; observed in the same transaction (automatic assignment, deadlines), so that a case is
 * never saved without its agent and its clocks. {@code registeredBy} is null when no staff member registered it.
 */
public record InitiativeRegistered(long initiativeId, String actor, Long registeredBy, Instant at) {
}
