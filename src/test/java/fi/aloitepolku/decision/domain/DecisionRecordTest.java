package fi.aloitepolku.decision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionRecordTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final String PROPOSAL = "Kaupunginhallitus päättää rakentaa sillan.";

    static DecisionDetails details(DecisionOutcome outcome, String decisionText) {
        return new DecisionDetails(DecidingBody.CITY_BOARD, "Kankaanpään kaupunginhallitus", null,
                LocalDate.of(2026, 5, 27), 185, "1762/00.01.01/2026", PROPOSAL, decisionText, outcome,
                "https://www.kankaanpaa.fi/esityslista", null);
    }

    @Test
    void passedAsProposedTakesTheProposalAndCitesTheBodysUsualAbbreviation() {
        var record = DecisionRecord.of(11, InitiativeStatus.DECISION_PROPOSED,
                details(DecisionOutcome.PASSED_AS_PROPOSED, null), TODAY, NOW);
        assertEquals("KHALL 27.05.2026 § 185", record.citation());
        assertEquals(PROPOSAL, DecisionRecord.decisionText(DecisionOutcome.PASSED_AS_PROPOSED, PROPOSAL, null));
        assertEquals("decision.decisionText.differsFromProposal", assertThrows(RuleViolation.class,
                () -> DecisionRecord.decisionText(DecisionOutcome.PASSED_AS_PROPOSED, PROPOSAL, "Toisin.")).messageKey());
    }

    @Test
    void anAmendmentMustDifferAndVotesAndRejectionsNeedTheirWords() {
        assertEquals("decision.decisionText.amendmentSame", assertThrows(RuleViolation.class,
                () -> DecisionRecord.decisionText(DecisionOutcome.AMENDED, PROPOSAL, PROPOSAL)).messageKey());
        assertEquals("Muutettu.", DecisionRecord.decisionText(DecisionOutcome.AMENDED, PROPOSAL, "Muutettu."));
        for (var outcome : new DecisionOutcome[] {DecisionOutcome.AMENDED, DecisionOutcome.PASSED_AFTER_VOTE,
                DecisionOutcome.REJECTED}) {
            assertEquals("decision.decisionText.required", assertThrows(RuleViolation.class,
                    () -> DecisionRecord.decisionText(outcome, PROPOSAL, null)).messageKey(), outcome.name());
        }
        for (var outcome : new DecisionOutcome[] {DecisionOutcome.NOTED, DecisionOutcome.TABLED, DecisionOutcome.RETURNED}) {
            assertEquals(null, DecisionRecord.decisionText(outcome, PROPOSAL, null), outcome.name());
        }
    }

    @Test
    void tabledAndReturnedLeaveTheMatterOpen() {
        assertFalse(DecisionOutcome.TABLED.settlesMatter());
        assertFalse(DecisionOutcome.RETURNED.settlesMatter());
        assertTrue(DecisionOutcome.NOTED.settlesMatter());
        assertTrue(DecisionOutcome.PASSED_AFTER_VOTE.settlesMatter());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"RECEIVED", "ACCEPTED", "IN_PREPARATION", "REJECTED", "WITHDRAWN"})
    void aDecisionBeforeItsProposalIsRefused(InitiativeStatus status) {
        var refusal = assertThrows(StateConflict.class, () -> DecisionRecord.of(1, status,
                details(DecisionOutcome.PASSED_AS_PROPOSED, null), TODAY, NOW));
        assertEquals("decision.caseNotProposed", refusal.messageKey());
    }

    @Test
    void aDecidedCaseCannotBeTabledAfterTheFact() {
        DecisionRecord.requireRecordable(InitiativeStatus.DECISION_PROPOSED, DecisionOutcome.TABLED);
        assertEquals("decision.outcome.caseDecided", assertThrows(StateConflict.class,
                () -> DecisionRecord.requireRecordable(InitiativeStatus.DECIDED, DecisionOutcome.TABLED)).messageKey());
        DecisionRecord.requireRecordable(InitiativeStatus.CLOSED, DecisionOutcome.AMENDED);
    }

    @Test
    void badFieldsAreNamed() {
        var committee = new DecisionDetails(DecidingBody.COMMITTEE, "Sivistyslautakunta", null, LocalDate.of(2026, 5, 27),
                12, "12/00/2026", PROPOSAL, null, DecisionOutcome.PASSED_AS_PROPOSED, null, null);
        assertEquals("bodyAbbreviation", assertThrows(RuleViolation.class,
                () -> DecisionRecord.of(1, InitiativeStatus.DECISION_PROPOSED, committee, TODAY, NOW)).field());
        var future = new DecisionDetails(DecidingBody.COUNCIL, "Valtuusto", null, TODAY.plusDays(1), 1, "12/00/2026",
                PROPOSAL, null, DecisionOutcome.PASSED_AS_PROPOSED, null, null);
        assertEquals("meetingDate", assertThrows(RuleViolation.class,
                () -> DecisionRecord.of(1, InitiativeStatus.DECISION_PROPOSED, future, TODAY, NOW)).field());
        var insecure = new DecisionDetails(DecidingBody.COUNCIL, "Valtuusto", null, TODAY, 1, "12/00/2026", PROPOSAL,
                null, DecisionOutcome.PASSED_AS_PROPOSED, null, "http://www.pori.fi/poytakirja");
        assertEquals("minutesUrl", assertThrows(RuleViolation.class,
                () -> DecisionRecord.of(1, InitiativeStatus.DECISION_PROPOSED, insecure, TODAY, NOW)).field());
    }
}
