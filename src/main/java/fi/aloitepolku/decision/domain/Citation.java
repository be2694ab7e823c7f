package fi.aloitepolku.decision.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How minutes cite a decision: {@code KHALL 27.05.2024 § 185} (body, meeting date, section). The search key
 * drops the § and case and pads the date, so "khall 27.5.2024 §185" finds the same decision.
 */
public final class Citation {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern TYPED = Pattern.compile(
            "(\\p{L}[\\p{L}\\p{N}-]{0,19})\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s*(?:§|pyk(?:älä)?\\.?)?\\s*(\\d{1,4}))?\\s*§?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Citation() {
    }

    public static String of(String abbreviation, LocalDate meetingDate, int section) {
        return abbreviation + " " + DATE.format(meetingDate) + " § " + section;
    }

    public static String key(String abbreviation, LocalDate meetingDate, int section) {
        return keyPrefix(abbreviation, meetingDate) + section;
    }

    /**
     * What a search for the typed text must match: the exact key when a section was typed, or the prefix of
     * every decision of that body on that day; null when the text does not look like a citation.
     */
    public static Search search(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = TYPED.matcher(typed.trim());
        if (!m.matches()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
        String prefix = keyPrefix(m.group(1), date);
        return m.group(5) == null ? new Search(prefix, true) : new Search(prefix + Integer.parseInt(m.group(5)), false);
    }

    private static String keyPrefix(String abbreviation, LocalDate meetingDate) {
        return abbreviation.trim().toUpperCase(Locale.ROOT) + " " + DATE.format(meetingDate) + " ";
    }

    /** A key to match exactly, or as a prefix. */
    public record Search(String key, boolean prefix) {
    }
}
