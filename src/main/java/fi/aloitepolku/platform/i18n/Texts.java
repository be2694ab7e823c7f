package fi.aloitepolku.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the message bundle (i18n/messages_*.properties) for code outside Faces views. */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";

    private Texts() {
    }

    /** Rule messages share their texts with Bean Validation's: a key missing here is looked up there. */
    public static final String VALIDATION_BUNDLE = "ValidationMessages";

    public static String get(Locale locale, String key, Object... args) {
        String pattern = find(locale, key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(Locale locale, String key) {
        return find(locale, key) != null;
    }

    private static String find(Locale locale, String key) {
        for (String bundle : new String[] {BUNDLE, VALIDATION_BUNDLE}) {
            try {
                return ResourceBundle.getBundle(bundle, locale, Texts.class.getClassLoader()).getString(key);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return null;
    }
}
