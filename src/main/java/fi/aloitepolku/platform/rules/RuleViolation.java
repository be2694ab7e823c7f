package fi.aloitepolku.platform.rules;

/**
 * A domain rule refused a change. {@code field} names the input at fault (or null for the whole
 * request); {@code messageKey} is a key of the message bundles, so each adapter shows it in its user's
 * language.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
