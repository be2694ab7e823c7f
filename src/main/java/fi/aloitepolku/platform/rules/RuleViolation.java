package fi.aloitepolku.platform.rules;

/**
 * A domain rule refused a change. {@code field} names the input at fault (or null for the whole
 * request); {@code messageKey} is a key of the message bundles, so each adapter shows it in its user's
 * language.
 */
public class RuleViolation extends Refusal {

    private final String field;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"), messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
