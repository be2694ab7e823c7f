package fi.aloitepolku.initiative.domain;

import static fi.aloitepolku.initiative.domain.InitiativeStatus.ACCEPTED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.CLOSED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.DECIDED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.DECISION_COMMUNICATED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.DECISION_PROPOSED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.IN_PREPARATION;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.MERGED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.RECEIVED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.REJECTED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.TRANSFERRED;
import static fi.aloitepolku.initiative.domain.InitiativeStatus.WITHDRAWN;

import fi.aloitepolku.staff.domain.StaffRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * The moves a case can make. Screening ends a received case in one of four ways, each with a reason;
 * only agents and administrators screen, withdraw and close. Preparers move the preparation forward.
 */
public enum Transition {
    ACCEPT(EnumSet.of(RECEIVED), ACCEPTED, true, Owners.SCREENERS),
    MERGE(EnumSet.of(RECEIVED), MERGED, true, Owners.SCREENERS),
    TRANSFER(EnumSet.of(RECEIVED), TRANSFERRED, true, Owners.SCREENERS),
    REJECT(EnumSet.of(RECEIVED), REJECTED, true, Owners.SCREENERS),
    START_PREPARATION(EnumSet.of(ACCEPTED), IN_PREPARATION, false, Owners.ALL_STAFF),
    PROPOSE_DECISION(EnumSet.of(IN_PREPARATION), DECISION_PROPOSED, false, Owners.ALL_STAFF),
    /** The body tabled the proposal or returned it for more preparation. */
    RETURN_TO_PREPARATION(EnumSet.of(DECISION_PROPOSED), IN_PREPARATION, true, Owners.ALL_STAFF),
    RECORD_DECISION(EnumSet.of(DECISION_PROPOSED), DECIDED, false, Owners.ALL_STAFF),
    COMMUNICATE_DECISION(EnumSet.of(DECIDED), DECISION_COMMUNICATED, false, Owners.ALL_STAFF),
    CLOSE(EnumSet.of(DECISION_COMMUNICATED), CLOSED, false, Owners.SCREENERS),
    /** The initiator takes the initiative back, at any stage before the decision. */
    WITHDRAW(EnumSet.of(RECEIVED, ACCEPTED, IN_PREPARATION, DECISION_PROPOSED), WITHDRAWN, true, Owners.SCREENERS);

    private final Set<InitiativeStatus> from;
    private final InitiativeStatus to;
    private final boolean reasonRequired;
    private final Set<StaffRole> roles;

    Transition(Set<InitiativeStatus> from, InitiativeStatus to, boolean reasonRequired, Set<StaffRole> roles) {
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
        this.roles = roles;
    }

    public Set<InitiativeStatus> from() {
        return EnumSet.copyOf(from);
    }

    public InitiativeStatus to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public Set<StaffRole> roles() {
        return EnumSet.copyOf(roles);
    }

    private static final class Owners {
        static final Set<StaffRole> SCREENERS = EnumSet.of(StaffRole.ADMIN, StaffRole.AGENT);
        static final Set<StaffRole> ALL_STAFF = EnumSet.allOf(StaffRole.class);
    }
}
