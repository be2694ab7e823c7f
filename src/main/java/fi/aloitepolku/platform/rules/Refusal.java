package fi.aloitepolku.platform.rules;

/**
 * A request refused by a rule, with the reason as a message key and its arguments, so that each adapter
 * can say it in its user's language. The subclass says which kind of refusal (and so which HTTP status).
 */
public abstract class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected Refusal(String detail, String messageKey, Object... arguments) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
