package fi.aloitepolku.hearing.api;

import fi.aloitepolku.hearing.application.CalendarEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes hearings as an iCalendar (RFC 5545) feed: CRLF lines folded at 75 octets, text escaped, times in
 * UTC, and a period hearing as an all-day event whose DTEND is the day after it closes (DTEND is exclusive).
 * No METHOD: a subscribed feed is not an iTIP message (PUBLISH would demand an ORGANIZER, i.e. a person).
 * Small enough to own, so the WAR needs no calendar library.
 */
public final class ICalendarWriter {

    static final String CRLF = "\r\n";
    static final int FOLD_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringBuilder out = new StringBuilder();

    /**
     * @param kindName      the hearing kind in the feed's language
     * @param caseUrl       the public page of a case, by its id
     * @param uidDomain     the right-hand side of each UID, so UIDs stay unique across deployments
     */
    public static String write(String calendarName, List<CalendarEntry> entries, Instant stamp,
                               Function<CalendarEntry, String> kindName, Function<Long, String> caseUrl,
                               String uidDomain) {
        var writer = new ICalendarWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Aloitepolku//Hearings//FI");
        writer.line("CALSCALE:GREGORIAN");
        writer.text("X-WR-CALNAME", calendarName);
        for (CalendarEntry e : entries) {
            writer.line("BEGIN:VEVENT");
            writer.line("UID:hearing-" + e.hearingId() + "@" + uidDomain);
            writer.line("DTSTAMP:" + UTC.format(e.updatedAt() == null ? stamp : e.updatedAt()));
            if (e.startsAt() != null) {
                writer.line("DTSTART:" + UTC.format(e.startsAt()));
                writer.line("DTEND:" + UTC.format(e.endsAt() != null ? e.endsAt() : e.startsAt().plusSeconds(3600)));
            } else {
                LocalDate last = e.closesOn() != null ? e.closesOn() : e.opensOn();
                writer.line("DTSTART;VALUE=DATE:" + DATE.format(e.opensOn()));
                writer.line("DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1)));
            }
            writer.text("SUMMARY", kindName.apply(e) + ": " + e.title());
            StringBuilder description = new StringBuilder(e.initiativeTitle());
            if (e.accessibility() != null) {
                description.append("\n").append(e.accessibility());
            }
            description.append("\n").append(caseUrl.apply(e.initiativeId()));
            writer.text("DESCRIPTION", description.toString());
            if (e.place() != null) {
                writer.text("LOCATION", e.place());
            }
            if (e.url() != null) {
                // URL is a URI value, not text: no escaping, but still folded
                writer.line("URL:" + e.url());
            }
            writer.line("END:VEVENT");
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    private void text(String name, String value) {
        line(name + ":" + escape(value));
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line at 75 octets without splitting a UTF-8 character; continuation lines start with a space. */
    private void line(String content) {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
                limit = FOLD_OCTETS;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
