package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.CouncilKind;

/** A council in the registry's list, with the municipalities it serves and its open and overdue requests. */
public record CouncilSummary(long id, CouncilKind kind, String nameFi, String nameSv, String municipalities,
                             long openRequests, long overdueRequests) {
}
