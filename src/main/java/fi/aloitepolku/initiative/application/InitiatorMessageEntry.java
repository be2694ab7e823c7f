package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.MessageChannel;
import fi.aloitepolku.initiative.domain.MessagePurpose;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded message to the initiator, for staff only. */
public record InitiatorMessageEntry(long id, LocalDate sentOn, MessageChannel channel, MessagePurpose purpose,
                                    String body, Instant recordedAt, String recordedBy) {
}
