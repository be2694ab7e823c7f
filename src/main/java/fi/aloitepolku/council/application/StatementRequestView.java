package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.StatementState;
import java.time.LocalDate;

/** A statement request as staff see it, on the case page, the council's page and through the API. */
public record StatementRequestView(long id, long initiativeId, String initiativeTitle, long councilId,
                                   String councilName, LocalDate requestedOn, LocalDate deadline, StatementState state,
                                   LocalDate answeredOn, String statementText, String statementUrl, String note,
                                   boolean overdue, long version) {
}
