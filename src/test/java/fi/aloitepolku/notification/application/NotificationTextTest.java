package fi.aloitepolku.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.notification.domain.NotificationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationTextTest {

    private final List<Object> args = List.of(1234L, "Katuvalot", new MessageKey("clock.kind.STATUTORY_COUNCIL"),
            LocalDate.of(2027, 2, 28));

    @Test
    void argumentsSurviveStorageAndRenderInEachReadersLanguage() {
        var stored = NotificationText.load(NotificationText.store(args));
        assertEquals(List.of("1234", "Katuvalot", new MessageKey("clock.kind.STATUTORY_COUNCIL"),
                LocalDate.of(2027, 2, 28)), stored);

        String fi = NotificationText.body(Locale.of("fi"), NotificationKind.DEADLINE_PASSED, stored);
        assertTrue(fi.contains("Valtuuston käsittely") && fi.contains("28.2.2027") && fi.contains("1234"), fi);
        String sv = NotificationText.body(Locale.of("sv"), NotificationKind.DEADLINE_PASSED, stored);
        assertTrue(sv.contains("Fullmäktiges behandling") && sv.contains("28.2.2027"), sv);
        String en = NotificationText.subject(Locale.of("en"), NotificationKind.DEADLINE_PASSED, stored);
        assertEquals("Deadline passed: case 1234", en);
    }

    @Test
    void aCaseNumberIsNotFormattedAsAnAmount() {
        String subject = NotificationText.subject(Locale.of("fi"), NotificationKind.CASE_ASSIGNED,
                List.of(12345L, "Otsikko", "syy"));
        assertTrue(subject.contains("12345"), subject);
    }
}
