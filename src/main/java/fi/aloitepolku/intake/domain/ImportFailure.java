package fi.aloitepolku.intake.domain;

/**
 * The remote service could not be read as promised (down, slow, answering something else): the import stops
 * before anything is written, and {@code messageKey} tells the agent what happened.
 */
public class ImportFailure extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ImportFailure(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
