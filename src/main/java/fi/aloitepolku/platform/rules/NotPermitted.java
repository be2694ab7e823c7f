package fi.aloitepolku.platform.rules;

/** The caller is known but their role does not allow this: a 403. */
public class NotPermitted extends Refusal {

    public NotPermitted(String messageKey, Object... arguments) {
        super(messageKey, messageKey, arguments);
    }
}
