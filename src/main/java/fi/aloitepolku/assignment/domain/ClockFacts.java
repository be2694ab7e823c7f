package fi.aloitepolku.assignment.domain;

import fi.aloitepolku.municipality.domain.ServiceTargets;
import java.time.LocalDate;

/**
 * What a case's deadlines depend on, all as Helsinki dates: when it arrived, how many signed it, the
 * municipality's electorate and targets, when the initiator was first told anything and first answered, when
 * it was decided, and whether it ended otherwise.
 */
public record ClockFacts(LocalDate receivedOn, int signatories, Integer electorate, boolean councilCompetence,
                         ServiceTargets targets, LocalDate firstMessageOn, LocalDate firstAnswerOn,
                         LocalDate decidedOn, boolean endedUndecided) {
}
