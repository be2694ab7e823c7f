package fi.aloitepolku.platform.rules;

/** The caller is known but their role does not allow this: a 403, with a message key for the reason. */
public class NotPermitted extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public NotPermitted(String messageKey, Object... arguments) {
        super(messageKey);
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
