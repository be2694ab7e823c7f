package fi.aloitepolku.intake.domain;

import java.time.LocalDate;

/** An initiative as kuntalaisaloite.fi publishes it, checked for shape: everything a case needs. */
public record RemoteInitiative(String remoteId, String name, String proposal, int participantCount,
                               LocalDate sentOn, String url) {
}
