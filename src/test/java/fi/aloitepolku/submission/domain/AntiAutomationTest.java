package fi.aloitepolku.submission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AntiAutomationTest {

    private final AntiAutomation rules = new AntiAutomation(Duration.ofSeconds(5), Duration.ofHours(2), 5);

    @Test
    void aPersonWhoTookTheirTimeAndLeftTheHiddenFieldEmptyPasses() {
        assertNull(rules.refusal("", Duration.ofSeconds(40), 0));
        assertNull(rules.refusal(null, Duration.ofSeconds(5), 4));
    }

    @Test
    void aFilledHiddenFieldATooQuickSendAndAFloodAreRefused() {
        assertEquals("submission.refused.automated", rules.refusal("http://spam.example", Duration.ofMinutes(2), 0));
        assertEquals("submission.refused.tooFast", rules.refusal("", Duration.ofSeconds(4), 0));
        assertEquals("submission.refused.tooFast", rules.refusal("", null, 0), "no or forged ticket");
        assertEquals("submission.refused.tooMany", rules.refusal("", Duration.ofMinutes(2), 5));
    }

    @Test
    void aFormShownTooLongAgoHasExpired() {
        assertNull(rules.refusal("", Duration.ofHours(2), 0));
        assertEquals("submission.refused.expired", rules.refusal("", Duration.ofHours(2).plusSeconds(1), 0));
    }

    @Test
    void everyTicketIsDifferentAndOnlyItsHashIsKept() {
        var tickets = new FormTicket("a secret of the test".getBytes());
        Instant shown = Instant.parse("2026-11-28T10:00:00Z");
        String one = tickets.issue(shown);
        String two = tickets.issue(shown);
        org.junit.jupiter.api.Assertions.assertNotEquals(one, two, "same second, different tickets");
        assertEquals(64, FormTicket.hash(one).length());
        org.junit.jupiter.api.Assertions.assertFalse(FormTicket.hash(one).contains(one));
    }

    @Test
    void aTicketTellsTheTimeSinceTheFormWasShownAndRejectsForgery() {
        var tickets = new FormTicket("a secret of the test".getBytes());
        Instant shown = Instant.parse("2026-11-28T10:00:00Z");
        String ticket = tickets.issue(shown);
        assertEquals(Duration.ofSeconds(30), tickets.age(ticket, shown.plusSeconds(30)));
        String earlier = (shown.getEpochSecond() - 3600) + ticket.substring(ticket.indexOf('.'));
        assertNull(tickets.age(shown.getEpochSecond() + "." + ticket.substring(ticket.lastIndexOf('.') + 1), shown),
                "the old two-part shape, or a dropped nonce, breaks the signature");
        assertNull(tickets.age(earlier, shown.plusSeconds(30)), "an altered time breaks the signature");
        assertNull(new FormTicket("another key".getBytes()).age(ticket, shown), "another server's key");
        assertNull(tickets.age("garbage", shown));
        assertNull(tickets.age(null, shown));
    }
}
