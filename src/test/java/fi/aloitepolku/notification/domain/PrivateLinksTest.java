package fi.aloitepolku.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrivateLinksTest {

    @Test
    void everyTokenLosesItsValueAndTheRestOfTheTextStays() {
        String body = "Seuraa: https://x.example/my-initiative?token=AbC-12_z\n"
                + "Peru: https://x.example/unsubscribe?lang=fi&token=QQ9 ja https://x.example/initiative?id=4";
        String redacted = PrivateLinks.redact(body);
        assertEquals("Seuraa: https://x.example/my-initiative?token=…\n"
                + "Peru: https://x.example/unsubscribe?lang=fi&token=… ja https://x.example/initiative?id=4", redacted);
        assertFalse(PrivateLinks.carriesToken(redacted), "nothing usable left");
        assertTrue(PrivateLinks.carriesToken(body));
        assertFalse(PrivateLinks.carriesToken("https://x.example/initiative?id=4"));
    }
}
