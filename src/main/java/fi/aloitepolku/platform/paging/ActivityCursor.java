package fi.aloitepolku.platform.paging;

import fi.aloitepolku.platform.rules.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** A keyset position in a list sorted by latest activity (updated_at, id), newest first. Opaque to clients. */
public record ActivityCursor(Instant at, long id) {

    private static final String MARK = "A";

    public String encode() {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((MARK + micros + "~" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static ActivityCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            if (!raw.startsWith(MARK)) {
                throw new IllegalArgumentException("not an activity cursor");
            }
            int sep = raw.indexOf('~');
            long micros = Long.parseLong(raw.substring(1, sep));
            return new ActivityCursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), Long.parseLong(raw.substring(sep + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new RuleViolation("cursor", "paging.cursor.malformed");
        }
    }
}
