package fi.aloitepolku.platform.paging;

import fi.aloitepolku.platform.rules.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A keyset position in a list sorted newest first by (date, id): the last row a page showed. Opaque to
 * clients (base64url), so the sort key can change without breaking their links' shape.
 */
public record Cursor(LocalDate date, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((date + "~" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor (the first page); a malformed cursor is refused as bad input. */
    public static Cursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            int sep = raw.indexOf('~');
            return new Cursor(LocalDate.parse(raw.substring(0, sep)), Long.parseLong(raw.substring(sep + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new RuleViolation("cursor", "paging.cursor.malformed");
        }
    }
}
