package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.CaseStatusChanged;
import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.initiative.domain.Lifecycle;
import fi.aloitepolku.initiative.domain.Transition;
import fi.aloitepolku.initiative.domain.TransitionGuard;
import fi.aloitepolku.initiative.domain.TransitionGuard.Blocker;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.domain.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Moves cases along their lifecycle. The lifecycle says what is allowed from where and by whom; guards
 * from other features (steps, decisions) say what still holds a case back. The status change, its log
 * entry and whatever observers do (e.g. starting the case's steps) share one transaction.
 */
@ApplicationScoped
public class CaseTransitions {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseLog caseLog;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    @Inject
    CaseAccess access;

    @Inject
    Instance<TransitionGuard> guards;

    @Inject
    Event<CaseStatusChanged> statusChanged;

    /** @return the case's version after the move */
    @Transactional
    public long apply(long id, TransitionRequest request) {
        if (request == null || request.transition() == null) {
            throw new RuleViolation("transition", "transition.required");
        }
        if (request.version() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        var initiative = access.requireVisible(initiatives.find(id).orElseThrow(() -> new NotFound("initiative", id)));
        Transition transition = request.transition();
        Lifecycle.check(initiative.status(), transition, request.comment(), request.mergeInto());
        if (!Lifecycle.mayPerform(roles(), transition)) {
            throw new NotPermitted("transition.role", transition.name());
        }
        if (request.mergeInto() != null) {
            // A case outside the account's municipalities is as unknown as one that does not exist
            var target = initiatives.find(request.mergeInto()).filter(t -> access.visible(t.id()))
                    .orElseThrow(() -> new RuleViolation("mergeInto", "transition.mergeInto.unknown"));
            if (!target.status().isOpen() || target.id().equals(initiative.id())) {
                throw new RuleViolation("mergeInto", "transition.mergeInto.notOpen");
            }
        }
        List<Blocker> blockers = blockers(initiative, transition);
        if (!blockers.isEmpty()) {
            var first = blockers.getFirst();
            throw new StateConflict(first.messageKey(), first.arguments());
        }
        var now = time.now();
        var from = initiative.move(transition, request.comment(), request.mergeInto(), request.version(), now);
        initiatives.flush();
        String actor = currentStaff.username();
        caseLog.append(CaseEvent.statusChanged(id, now, actor, from, initiative.status(), request.comment(),
                request.commentPublic()));
        statusChanged.fire(new CaseStatusChanged(id, from, initiative.status(), actor, now));
        initiatives.flush();
        return initiative.version();
    }

    /** The moves the lifecycle offers from the case's status to this user, each with what holds it back. */
    public List<TransitionOption> options(long id) {
        var initiative = access.requireVisible(initiatives.find(id).orElseThrow(() -> new NotFound("initiative", id)));
        Set<StaffRole> roles = roles();
        List<TransitionOption> options = new ArrayList<>();
        for (Transition t : Lifecycle.from(initiative.status())) {
            if (Lifecycle.mayPerform(roles, t)) {
                options.add(new TransitionOption(t, t.to(), t.reasonRequired(), blockers(initiative, t)));
            }
        }
        return options;
    }

    private List<Blocker> blockers(Initiative initiative, Transition transition) {
        List<Blocker> all = new ArrayList<>();
        for (TransitionGuard guard : guards) {
            all.addAll(guard.blockers(initiative, transition.to()));
        }
        return all;
    }

    private Set<StaffRole> roles() {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            if (currentStaff.hasRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
