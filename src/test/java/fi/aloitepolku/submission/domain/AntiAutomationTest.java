package fi.aloitepolku.submission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AntiAutomationTest {

    private final AntiAutomation rules = new AntiAutomation(Duration.ofSeconds(5), 5);

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
    void aTicketTellsTheTimeSinceTheFormWasShownAndRejectsForgery() {
        var tickets = new FormTicket("a secret of the test".getBytes());
        Instant shown = Instant.parse("2026-11-28T10:00:00Z");
        String ticket = tickets.issue(shown);
        assertEquals(Duration.ofSeconds(30), tickets.age(ticket, shown.plusSeconds(30)));
        String earlier = (shown.getEpochSecond() - 3600) + ticket.substring(ticket.indexOf('.'));
        assertNull(tickets.age(earlier, shown.plusSeconds(30)), "an altered time breaks the signature");
        assertNull(new FormTicket("another key".getBytes()).age(ticket, shown), "another server's key");
        assertNull(tickets.age("garbage", shown));
        assertNull(tickets.age(null, shown));
    }
}
