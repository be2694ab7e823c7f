package fi.aloitepolku.opendata.application;

import fi.aloitepolku.council.application.PublicStatement;
import fi.aloitepolku.decision.application.DecisionView;
import fi.aloitepolku.hearing.application.PublicHearing;
import fi.aloitepolku.initiative.application.PublicTimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One initiative as open data: what residents see on its page, nothing more. The records it is made of have
 * no field for an initiator's contact details; the initiator's name only where they chose to be named.
 */
public record OpenInitiative(long id, String title, String proposal, String status, String channel,
                             int signatoryCount, LocalDate receivedOn, long municipalityId, String municipalityFi,
                             String municipalitySv, String initiatorName, String contactName, Instant updatedAt,
                             List<PublicTimelineEntry> timeline, List<PublicHearing> hearings,
                             List<PublicStatement> statements, DecisionView decision) {
}
