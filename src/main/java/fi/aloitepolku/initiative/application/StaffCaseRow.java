package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import java.time.Instant;
import java.time.LocalDate;

/** A case in the staff list: only what the list shows. */
public record StaffCaseRow(long id, String title, InitiativeStatus status, Channel channel, LocalDate receivedOn,
                           String municipalityFi, String agentName, Instant updatedAt)
        implements java.io.Serializable {
}
