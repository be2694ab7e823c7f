package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import java.time.Instant;

/** A case opened for editing by staff, with the version the edit starts from. */
public record EditableInitiative(long id, InitiativeDetails details, long version, InitiativeStatus status,
                                 Long agentId, String agentName, Long preparerId, String preparerName, Long mergedInto,
                                 Instant createdAt, Instant updatedAt) {
}
