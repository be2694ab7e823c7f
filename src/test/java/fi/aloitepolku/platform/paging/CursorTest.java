package fi.aloitepolku.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.aloitepolku.platform.rules.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @Test
    void aCursorSurvivesTheRoundTrip() {
        var cursor = new Cursor(LocalDate.of(2024, 2, 29), 123456789L);
        assertEquals(cursor, Cursor.decode(cursor.encode()));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.decode(null));
        assertNull(Cursor.decode(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "MjAyNC0wMi0yOQ", "eHl6fjEy", "MjAyNC0xMy0wMX4x", "MjAyNC0wMi0yOX5hYmM"})
    void aMalformedCursorIsRefusedAsBadInput(String token) {
        var refused = assertThrows(RuleViolation.class, () -> Cursor.decode(token));
        assertEquals("cursor", refused.field());
    }
}
