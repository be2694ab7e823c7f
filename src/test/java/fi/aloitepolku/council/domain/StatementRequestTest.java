package fi.aloitepolku.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.platform.rules.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementRequestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate ASKED = LocalDate.of(2026, 10, 1);

    static StatementRequestDetails answer(StatementState state, LocalDate answeredOn, String text, String url) {
        return new StatementRequestDetails(ASKED, LocalDate.of(2026, 10, 31), state, answeredOn, text, url, null);
    }

    static RuleViolation refused(StatementRequestDetails details) {
        return assertThrows(RuleViolation.class, () -> StatementRequest.of(1, 2, details, TODAY, NOW));
    }

    @Test
    void aStatementCannotBeReceivedBeforeItWasRequested() {
        var refusal = refused(answer(StatementState.RECEIVED, ASKED.minusDays(1), "Kannatamme.", null));
        assertEquals("answeredOn", refusal.field());
        assertEquals("statement.answeredOn.beforeRequest", refusal.messageKey());
    }

    @Test
    void aReceivedStatementHasItsDayAndItsTextOrLink() {
        assertEquals("statement.answeredOn.required", refused(answer(StatementState.RECEIVED, null, "x", null)).messageKey());
        assertEquals("statement.content.required",
                refused(answer(StatementState.RECEIVED, ASKED.plusDays(3), " ", null)).messageKey());
        assertEquals("statementUrl", refused(answer(StatementState.RECEIVED, ASKED.plusDays(3), null,
                "http://www.pori.fi/lausunto")).field());
        var received = StatementRequest.of(1, 2, answer(StatementState.RECEIVED, ASKED.plusDays(3), null,
                "https://www.pori.fi/lausunto.pdf"), TODAY, NOW);
        assertEquals(StatementState.RECEIVED, received.state());
    }

    @Test
    void theDeadlineFollowsTheRequestAndNoAnswerWaitsForIt() {
        var early = new StatementRequestDetails(ASKED, ASKED.minusDays(1), null, null, null, null, null);
        assertEquals("statement.deadline.beforeRequest", refused(early).messageKey());
        var stillOpen = new StatementRequestDetails(ASKED, TODAY, StatementState.NO_ANSWER, null, null, null, null);
        assertEquals("statement.noAnswer.beforeDeadline", refused(stillOpen).messageKey());
        var future = new StatementRequestDetails(TODAY.plusDays(1), TODAY.plusDays(30), null, null, null, null, null);
        assertEquals("statement.requestedOn.future", refused(future).messageKey());
    }

    @Test
    void anOpenRequestPastItsDeadlineIsOverdue() {
        assertTrue(StatementRequest.overdue(StatementState.REQUESTED, TODAY.minusDays(1), TODAY));
        assertFalse(StatementRequest.overdue(StatementState.REQUESTED, TODAY, TODAY), "due today is not late");
        assertFalse(StatementRequest.overdue(StatementState.RECEIVED, TODAY.minusDays(10), TODAY));
    }

    @Test
    void aCouncilServesItsMunicipalitiesAndAMembersTermIsOrdered() {
        var council = Council.of(CouncilKind.DISABILITY, "Yhteinen vammaisneuvosto", null, Set.of(1L, 2L),
                List.of(new CouncilMember("Marjatta Lehto", MemberRole.CHAIR, ASKED, null)), NOW);
        assertTrue(council.serves(2));
        assertFalse(council.serves(3));
        assertTrue(CouncilKind.DISABILITY.statutory());
        assertEquals("municipalityIds", assertThrows(RuleViolation.class,
                () -> Council.of(CouncilKind.YOUTH, "Nuva", null, Set.of(), List.of(), NOW)).field());
        assertEquals("council.member.validUntil.beforeFrom", assertThrows(RuleViolation.class,
                () -> new CouncilMember("Onni", MemberRole.MEMBER, ASKED, ASKED.minusDays(1))).messageKey());
    }
}
