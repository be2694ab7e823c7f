package fi.aloitepolku.platform.rules;

/**
 * The request is well-formed but the record's current state does not allow it (a transition the
 * lifecycle forbids, steps still missing, a closed case): a 409.
 */
public class StateConflict extends Refusal {

    public StateConflict(String messageKey, Object... arguments) {
        super(messageKey, messageKey, arguments);
    }
}
