package fi.aloitepolku.decision.domain;

import java.time.LocalDate;

/** What a decision record says; {@code bodyAbbreviation} may be left out for a body that has a usual one. */
public record DecisionDetails(DecidingBody bodyKind, String bodyName, String bodyAbbreviation, LocalDate meetingDate,
                              Integer section, String diaryNumber, String proposalText, String decisionText,
                              DecisionOutcome outcome, String agendaUrl, String minutesUrl) {
}
