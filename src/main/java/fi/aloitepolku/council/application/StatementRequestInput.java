package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.StatementState;
import java.time.LocalDate;

/** A statement request and its answer as a preparer enters them; {@code version} is needed for a correction. */
public record StatementRequestInput(Long councilId, LocalDate requestedOn, LocalDate deadline, StatementState state,
                                    LocalDate answeredOn, String statementText, String statementUrl, String note,
                                    Long version) {
}
