package fi.aloitepolku.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Backoff.CAP, 10);

    @Test
    void eachRetryWaitsTwiceAsLongUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), backoff.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), backoff.delayAfter(2));
        assertEquals(Duration.ofMinutes(32), backoff.delayAfter(6));
        assertEquals(Duration.ofHours(1), backoff.delayAfter(7));
        assertEquals(Duration.ofHours(1), backoff.delayAfter(60), "no overflow however many attempts");
    }

    @Test
    void givesUpAfterTheMaximumAttempts() {
        assertFalse(backoff.givesUpAfter(9));
        assertTrue(backoff.givesUpAfter(10));
    }
}
