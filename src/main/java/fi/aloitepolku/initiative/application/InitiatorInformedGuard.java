package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.initiative.domain.TransitionGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A case is not closed before the initiator has been told something of the measures taken (§23). */
@ApplicationScoped
public class InitiatorInformedGuard implements TransitionGuard {

    @Inject
    InitiatorMessages messages;

    @Override
    public List<Blocker> blockers(Initiative initiative, InitiativeStatus target) {
        if (target != InitiativeStatus.CLOSED || messages.anySent(initiative.id())) {
            return List.of();
        }
        return List.of(new Blocker("transition.blocked.initiatorNotInformed"));
    }
}
