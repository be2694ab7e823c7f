package fi.aloitepolku.notification.application;

import fi.aloitepolku.notification.domain.NotificationKind;
import fi.aloitepolku.platform.i18n.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a notification in a given language. Arguments are stored as JSON (strings, numbers, dates as
 * {"date": "…"}, bundle keys as {"key": "…"}), so that each reader sees the text in their own language.
 */
public final class NotificationText {

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private NotificationText() {
    }

    public static String subject(Locale locale, NotificationKind kind, List<Object> args) {
        return render(locale, "notification." + kind.name() + ".subject", args);
    }

    public static String body(Locale locale, NotificationKind kind, List<Object> args) {
        return render(locale, "notification." + kind.name() + ".body", args);
    }

    static String render(Locale locale, String key, List<Object> args) {
        Object[] shown = args.stream().map(a -> shown(locale, a)).toArray();
        return Texts.get(locale, key, shown);
    }

    private static Object shown(Locale locale, Object arg) {
        if (arg instanceof MessageKey k) {
            return Texts.get(locale, k.key());
        }
        if (arg instanceof LocalDate d) {
            return FINNISH_DATE.format(d);
        }
        // Numbers as plain text: a case number 1234 is not "1 234"
        return arg instanceof Number n ? String.valueOf(n) : String.valueOf(arg);
    }

    public static String store(List<Object> args) {
        var array = Json.createArrayBuilder();
        for (Object arg : args) {
            if (arg instanceof MessageKey k) {
                array.add(Json.createObjectBuilder().add("key", k.key()));
            } else if (arg instanceof LocalDate d) {
                array.add(Json.createObjectBuilder().add("date", d.toString()));
            } else {
                array.add(String.valueOf(arg));
            }
        }
        return array.build().toString();
    }

    public static List<Object> load(String stored) {
        List<Object> args = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(stored))) {
            JsonArray array = reader.readArray();
            for (JsonValue value : array) {
                if (value instanceof JsonString s) {
                    args.add(s.getString());
                } else if (value.asJsonObject().containsKey("key")) {
                    args.add(new MessageKey(value.asJsonObject().getString("key")));
                } else {
                    args.add(LocalDate.parse(value.asJsonObject().getString("date")));
                }
            }
        }
        return args;
    }
}
