package fi.aloitepolku.platform.i18n;

import java.util.List;
import java.util.Locale;

/** Finnish, Swedish and English; Finnish when nothing else fits. */
public final class SupportedLocales {

    public static final Locale FINNISH = Locale.of("fi");
    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = FINNISH;
    public static final List<Locale> ALL = List.of(FINNISH, SWEDISH, ENGLISH);

    private SupportedLocales() {
    }

    /** The supported locale with this language tag, or null. */
    public static Locale byTag(String tag) {
        if (tag == null) {
            return null;
        }
        return ALL.stream().filter(l -> l.getLanguage().equalsIgnoreCase(tag.trim())).findFirst().orElse(null);
    }

    /** The best supported language of an Accept-Language header; Finnish when none or malformed. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            return bestOf(Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }

    /** The first of the wanted locales (in preference order) that we support. */
    public static Locale bestOf(List<Locale> wanted) {
        if (wanted != null) {
            for (Locale w : wanted) {
                Locale match = byTag(w.getLanguage());
                if (match != null) {
                    return match;
                }
            }
        }
        return DEFAULT;
    }
}
