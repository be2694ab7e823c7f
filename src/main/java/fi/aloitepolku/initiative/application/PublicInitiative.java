package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An initiative as residents see it. {@code initiatorName} is present only when the initiator chose a
 * public name; contact details have no field here at all.
 */
public record PublicInitiative(long id, String title, String proposal, InitiativeStatus status, Channel channel,
                               int signatoryCount, LocalDate receivedOn, long municipalityId, String municipalityFi,
                               String municipalitySv, String initiatorName, String contactName, Instant updatedAt,
                               long version) {
}
