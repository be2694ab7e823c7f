package fi.aloitepolku.initiative.domain;

import java.util.List;

/**
 * A feature that may hold a case back from a status: preparation steps not yet done, a decision not yet
 * recorded. Implemented outside the initiative feature (which knows nothing of them) and found by CDI.
 */
public interface TransitionGuard {

    /** Why the case may not enter {@code target} now; empty when nothing holds it back. */
    List<Blocker> blockers(Initiative initiative, InitiativeStatus target);

    /** A reason, as a message key with its arguments. */
    record Blocker(String messageKey, Object... arguments) {
    }
}
