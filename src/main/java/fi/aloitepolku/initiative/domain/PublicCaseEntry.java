package fi.aloitepolku.initiative.domain;

import java.time.Instant;

/**
 * A public entry joined a case's log (a status change, a public step): what residents following the case hear
 * of. Fired by the case log in the transaction of the change, so a message exists exactly when the entry does.
 */
public record PublicCaseEntry(long initiativeId, long entryId, CaseEventKind kind, InitiativeStatus statusAfter,
                              String publicNote, Instant at) {
}
