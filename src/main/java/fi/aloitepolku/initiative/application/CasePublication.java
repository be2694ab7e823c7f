package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.CasePublicityChanged;
import fi.aloitepolku.initiative.domain.CaseStatusChanged;
import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.initiative.domain.Publicity;
import fi.aloitepolku.initiative.domain.PublicityMarking;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Whether residents may see a case: published by an agent (or by accepting it after screening), marked
 * confidential with its ground, or made public again. Each change is logged in the case log in the same
 * transaction and announced ({@link CasePublicityChanged}) to the term index and the followers' mail.
 */
@ApplicationScoped
public class CasePublication {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseAccess access;

    @Inject
    CaseLog caseLog;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    @Inject
    Event<CasePublicityChanged> changed;

    /**
     * Sets the case's publicity; {@code expectedVersion} is the version the user saw (a stale one is refused).
     *
     * @return the case's version after the change
     */
    @Transactional
    public long classify(long id, PublicityMarking marking, Long expectedVersion) {
        if (expectedVersion == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        var initiative = access.requireVisible(initiatives.find(id).orElseThrow(() -> new NotFound("initiative", id)));
        if (expectedVersion != initiative.version()) {
            throw new ConcurrentEdit("initiative", id);
        }
        apply(initiative, marking, currentStaff.username(), time.now(), null);
        initiatives.flush();
        return initiative.version();
    }

    /** The case's publicity as staff see it, with the version a change must start from. */
    public record State(Publicity publicity, fi.aloitepolku.platform.openness.ConfidentialGround confidentialGround,
                        java.time.LocalDate confidentialUntil, String publicTitle, long version) {
    }

    public State state(long id) {
        var initiative = access.requireVisible(initiatives.find(id).orElseThrow(() -> new NotFound("initiative", id)));
        var m = initiative.publicityMarking();
        return new State(m.publicity(), m.ground(), m.until(), m.publicTitle(), initiative.version());
    }

    /** Accepting a case in screening is what publishes it when it waited for screening. */
    void onStatusChanged(@Observes CaseStatusChanged moved) {
        if (moved.to() != InitiativeStatus.ACCEPTED) {
            return;
        }
        initiatives.find(moved.initiativeId())
                .filter(i -> i.publicity() == Publicity.AFTER_SCREENING)
                .ifPresent(i -> apply(i, PublicityMarking.PUBLIC, moved.actor(), moved.at(), "accepted"));
    }

    private void apply(Initiative initiative, PublicityMarking marking, String actor, Instant now, String why) {
        var before = initiative.publicity();
        if (!initiative.classify(marking, now)) {
            return;
        }
        caseLog.append(new CaseEvent(initiative.id(), now, actor, CaseEventKind.PUBLICITY_CHANGED,
                marking.describe() + (why == null ? "" : "; " + why), false));
        // The observers read the case's row in SQL
        initiatives.flush();
        changed.fire(new CasePublicityChanged(initiative.id(), before, marking.publicity(), actor, now));
    }
}
