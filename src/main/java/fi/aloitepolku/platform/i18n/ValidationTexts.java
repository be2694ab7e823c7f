package fi.aloitepolku.platform.i18n;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation messages in a chosen language. Faces interpolates them in the view's locale itself;
 * the API uses this to answer in the client's Accept-Language instead of the server's default.
 */
public final class ValidationTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w.]+)}");

    private ValidationTexts() {
    }

    public static String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String resolved = resolve(template, attributes, locale);
        // A bundle text may itself hold {max}-style attributes of the constraint
        return resolve(resolved, attributes, locale);
    }

    private static String resolve(String text, Map<String, Object> attributes, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (attributes.containsKey(name)) {
                replacement = String.valueOf(attributes.get(name));
            } else {
                replacement = lookup(name, locale);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String lookup(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale, ValidationTexts.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return "{" + key + "}";
        }
    }
}
