package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import java.time.LocalDate;

/** An initiative in a public list. Public record types have no field for personal data. */
public record PublicInitiativeSummary(long id, String title, InitiativeStatus status, LocalDate receivedOn,
                                      long municipalityId, String municipalityFi, String municipalitySv) {
}
