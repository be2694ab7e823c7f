package fi.aloitepolku.initiative.domain;

import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.staff.domain.StaffRole;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The one place that says which moves a case may make: from which status, by whom, and with what.
 * Gating by preparation steps (and later by a decision record) is added by {@link TransitionGuard}s.
 */
public final class Lifecycle {

    public static final int MAX_REASON_LENGTH = 4000;

    private Lifecycle() {
    }

    /** The moves the lifecycle allows from a status, in the order a person would consider them. */
    public static List<Transition> from(InitiativeStatus status) {
        return Arrays.stream(Transition.values()).filter(t -> t.from().contains(status)).toList();
    }

    public static boolean allows(InitiativeStatus status, Transition transition) {
        return transition.from().contains(status);
    }

    public static boolean mayPerform(Set<StaffRole> roles, Transition transition) {
        return roles.stream().anyMatch(transition.roles()::contains);
    }

    /**
     * Refuses a move the lifecycle does not allow (a state conflict) or one that lacks what it needs
     * (bad input).
     */
    public static void check(InitiativeStatus status, Transition transition, String reason, Long mergeInto) {
        if (transition == null) {
            throw new RuleViolation("transition", "transition.required");
        }
        if (!allows(status, transition)) {
            throw new StateConflict("transition.notAllowed", transition.name(), status.name());
        }
        if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new RuleViolation("comment", "transition.reason.required");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new RuleViolation("comment", "transition.reason.size", MAX_REASON_LENGTH);
        }
        if (transition == Transition.MERGE && mergeInto == null) {
            throw new RuleViolation("mergeInto", "transition.mergeInto.required");
        }
        if (transition != Transition.MERGE && mergeInto != null) {
            throw new RuleViolation("mergeInto", "transition.mergeInto.onlyForMerge");
        }
    }
}
