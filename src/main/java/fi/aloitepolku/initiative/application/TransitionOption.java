package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.initiative.domain.Transition;
import fi.aloitepolku.initiative.domain.TransitionGuard.Blocker;
import java.util.List;

/** A move offered now; {@code blockers} empty means it can be made. */
public record TransitionOption(Transition transition, InitiativeStatus to, boolean reasonRequired,
                               List<Blocker> blockers) {

    public boolean possible() {
        return blockers.isEmpty();
    }
}
