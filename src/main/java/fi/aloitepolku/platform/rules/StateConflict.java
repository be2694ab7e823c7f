package fi.aloitepolku.platform.rules;

/**
 * The request is well-formed but the record's current state does not allow it (a transition the
 * lifecycle forbids, steps still missing, a closed case): a 409, with a message key for the reason.
 */
public class StateConflict extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public StateConflict(String messageKey, Object... arguments) {
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
