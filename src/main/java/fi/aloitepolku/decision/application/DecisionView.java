package fi.aloitepolku.decision.application;

import fi.aloitepolku.decision.domain.DecidingBody;
import fi.aloitepolku.decision.domain.DecisionOutcome;
import java.time.LocalDate;

/**
 * A case's decision record, for staff, the API and residents alike: every field of it is public record
 * (minutes are public documents), so one shape serves all.
 */
public record DecisionView(long id, long initiativeId, DecidingBody bodyKind, String bodyName, String bodyAbbreviation,
                           LocalDate meetingDate, int section, String diaryNumber, String proposalText,
                           String decisionText, DecisionOutcome outcome, String agendaUrl, String minutesUrl,
                           String citation, long version) {
}
