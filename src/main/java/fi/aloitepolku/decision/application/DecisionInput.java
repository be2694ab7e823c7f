package fi.aloitepolku.decision.application;

import fi.aloitepolku.decision.domain.DecidingBody;
import fi.aloitepolku.decision.domain.DecisionOutcome;
import java.time.LocalDate;

/** A decision record as a preparer or secretary enters it; {@code version} is needed for a correction. */
public record DecisionInput(DecidingBody bodyKind, String bodyName, String bodyAbbreviation, LocalDate meetingDate,
                            Integer section, String diaryNumber, String proposalText, String decisionText,
                            DecisionOutcome outcome, String agendaUrl, String minutesUrl, Long version) {
}
