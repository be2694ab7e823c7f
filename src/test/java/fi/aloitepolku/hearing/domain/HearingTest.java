package fi.aloitepolku.hearing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HearingTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant EVENING = Instant.parse("2026-12-10T16:00:00Z");

    static HearingDetails event(Instant starts, Instant ends) {
        return new HearingDetails(HearingKind.RESIDENT_EVENT, "Asukastilaisuus", null, null, starts, ends, "Yyteri",
                "Esteetön", 40, null, null, List.of());
    }

    @Test
    void anEventWhoseEndIsBeforeItsStartIsRefused() {
        var refusal = assertThrows(RuleViolation.class,
                () -> Hearing.of(1, event(EVENING, EVENING.minusSeconds(60)), NOW));
        assertEquals("endsAt", refusal.field());
        assertEquals("hearing.endsAt.beforeStart", refusal.messageKey());
    }

    @Test
    void anEventNeedsItsStartAndPlaceAPeriodItsOpeningDay() {
        assertEquals("startsAt", assertThrows(RuleViolation.class, () -> Hearing.of(1, event(null, null), NOW)).field());
        var noPlace = new HearingDetails(HearingKind.STAKEHOLDER_MEETING, "Yrittäjät", null, null, EVENING, null, " ",
                null, null, null, null, List.of());
        assertEquals("place", assertThrows(RuleViolation.class, () -> Hearing.of(1, noPlace, NOW)).field());
        var noOpening = new HearingDetails(HearingKind.SURVEY, "Kysely", null, LocalDate.of(2026, 10, 1), null, null,
                null, null, null, null, null, List.of());
        assertEquals("opensOn", assertThrows(RuleViolation.class, () -> Hearing.of(1, noOpening, NOW)).field());
        var closedFirst = new HearingDetails(HearingKind.SURVEY, "Kysely", LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 1), null, null, null, null, null, null, null, List.of());
        assertEquals("hearing.closesOn.beforeOpen",
                assertThrows(RuleViolation.class, () -> Hearing.of(1, closedFirst, NOW)).messageKey());
    }

    @Test
    void aPeriodKeepsNoMeetingFieldsAndACorrectionNeedsTheCurrentVersion() {
        var survey = new HearingDetails(HearingKind.OTAKANTAA, " Kysely ", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), EVENING, null, "Kirjasto", null, 5, "https://www.otakantaa.fi/p/1", null,
                List.of(new Attachment("https://www.pori.fi/tulokset.pdf", "Tulokset")));
        var hearing = Hearing.of(7, survey, NOW);
        assertEquals("Kysely", hearing.title());
        assertNull(hearing.startsAt(), "a period hearing has no meeting time");
        assertThrows(ConcurrentEdit.class, () -> hearing.revise(survey, 3, NOW));
        assertEquals("attachments", assertThrows(RuleViolation.class,
                () -> new Attachment("http://www.pori.fi/x.pdf", null)).field());
    }

    @Test
    void aHearingIsClosedOnceItsLastDayOrItsMeetingIsOver() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertTrue(Hearing.closed(HearingKind.OTAKANTAA, LocalDate.of(2026, 11, 19), null, null, today, NOW));
        assertFalse(Hearing.closed(HearingKind.OTAKANTAA, today, null, null, today, NOW), "open through its last day");
        assertFalse(Hearing.closed(HearingKind.SURVEY, null, null, null, today, NOW), "no closing day: still open");
        assertTrue(Hearing.closed(HearingKind.RESIDENT_EVENT, null, NOW.minusSeconds(7200), NOW.minusSeconds(60), today, NOW));
        assertFalse(Hearing.closed(HearingKind.RESIDENT_EVENT, null, EVENING, null, today, NOW));
    }
}
