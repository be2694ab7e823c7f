package fi.aloitepolku.hearing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.hearing.application.CalendarEntry;
import fi.aloitepolku.hearing.domain.HearingKind;
import fi.aloitepolku.testsupport.Calendars;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    static final Instant STAMP = Instant.parse("2026-11-20T10:00:00Z");

    static String feed(List<CalendarEntry> entries) {
        return ICalendarWriter.write("Kuulemiset; Pori, 609", entries, STAMP, e -> "Asukastilaisuus",
                id -> "https://aloitepolku.example/initiative?id=" + id, "aloitepolku.test");
    }

    @Test
    void aRealCalendarLibraryReadsTheEventsBackExactly() {
        String place = "Yyterin kylpylähotelli, kokoustila; Sipintie 1 \\ Pori";
        String accessibility = "Esteetön sisäänkäynti,\ninduktiosilmukka ja viittomakielen tulkkaus pyydettäessä – "
                + "ilmoittaudu etukäteen äänestyspaikkojen ja ääniä sisältävän pöytäkirjan äärellä 😊";
        var event = new CalendarEntry(7, 3, "Uimarannan esteettömyys Yyterissä", HearingKind.RESIDENT_EVENT,
                "Esteetön Yyteri", null, null, Instant.parse("2026-12-10T16:00:00Z"), Instant.parse("2026-12-10T17:30:00Z"),
                place, accessibility, "https://www.pori.fi/tapahtumat/yyteri?a=1&b=2", STAMP);
        var survey = new CalendarEntry(8, 3, "Uimarannan esteettömyys Yyterissä", HearingKind.OTAKANTAA, "Kysely",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null, null, null, null,
                "https://www.otakantaa.fi/fi-FI/projects/yyteri", STAMP);
        String text = feed(List.of(event, survey));

        var calendar = Calendars.parse(text);
        var events = Calendars.events(calendar);
        assertEquals(2, events.size());
        var first = events.getFirst();
        assertEquals("hearing-7@aloitepolku.test", first.get("UID"));
        assertEquals("20261210T160000Z", first.get("DTSTART"));
        assertEquals("20261210T173000Z", first.get("DTEND"));
        assertEquals("20261120T100000Z", first.get("DTSTAMP"));
        assertEquals(place, first.get("LOCATION"), "escaped on the way out, unescaped by the reader");
        assertTrue(first.get("DESCRIPTION").contains(accessibility), first.get("DESCRIPTION"));
        assertEquals("Asukastilaisuus: Esteetön Yyteri", first.get("SUMMARY"));
        var second = events.get(1);
        assertEquals("20261001", second.get("DTSTART"));
        assertEquals("20261101", second.get("DTEND"), "an all-day end is exclusive: the day after closing");
        assertEquals("https://www.otakantaa.fi/fi-FI/projects/yyteri", second.get("URL"));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
    }

    @Test
    void linesAreFoldedAt75OctetsWithCrlfAndNeverSplitACharacter() {
        var entry = new CalendarEntry(1, 1, "ä".repeat(200), HearingKind.SURVEY, "Kysely", LocalDate.of(2026, 1, 1), null,
                null, null, null, null, null, STAMP);
        String text = feed(List.of(entry));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\n") || line.contains("\r"), "bare line breaks: " + line);
            assertFalse(line.contains("\uFFFD"), "a character was split: " + line);
        }
        String description = Calendars.events(Calendars.parse(text)).getFirst().get("DESCRIPTION");
        assertTrue(description.startsWith("ä".repeat(200)), "unfolded to the original text");
    }
}
