package fi.aloitepolku.notification.domain;

import java.util.regex.Pattern;

/**
 * A delivered message keeps no working private link: every {@code token=} parameter (receipt, confirmation and
 * unsubscribe links alike) loses its value, so a copy of the outbox opens nothing. The rest of the text stays,
 * so administrators still see what was sent. V48 redacts the messages sent before it with the same pattern.
 */
public final class PrivateLinks {

    private static final Pattern TOKEN = Pattern.compile("([?&]token=)[A-Za-z0-9_-]+");
    static final String REMOVED = "…";

    private PrivateLinks() {
    }

    public static String redact(String body) {
        return body == null ? null : TOKEN.matcher(body).replaceAll("$1" + REMOVED);
    }

    public static boolean carriesToken(String body) {
        return body != null && TOKEN.matcher(body).find();
    }
}
