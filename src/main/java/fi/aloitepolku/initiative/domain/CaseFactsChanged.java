package fi.aloitepolku.initiative.domain;

import java.time.Instant;

/** What a case's deadlines depend on changed (its facts, or what the initiator was told); same transaction. */
public record CaseFactsChanged(long initiativeId, Instant at) {
}
