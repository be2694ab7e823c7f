package fi.aloitepolku.council.domain;

import java.time.LocalDate;

/** What is recorded of a statement request and its answer. */
public record StatementRequestDetails(LocalDate requestedOn, LocalDate deadline, StatementState state,
                                      LocalDate answeredOn, String statementText, String statementUrl, String note) {
}
