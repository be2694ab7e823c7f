package fi.aloitepolku.hearing.application;

import fi.aloitepolku.hearing.domain.Attachment;
import fi.aloitepolku.hearing.domain.Hearing;
import fi.aloitepolku.hearing.domain.HearingDetails;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.application.CaseWork;
import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A preparer records, corrects or removes a hearing of a case. Each use case logs the change in the case
 * log and touches the case in the same transaction, so the public page shows it at once.
 */
@ApplicationScoped
public class HearingRecording {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWork caseWork;

    @Inject
    HelsinkiTime time;

    /** @return the new hearing's id */
    @Transactional
    public long add(long initiativeId, HearingInput input) {
        var initiative = openCase(initiativeId);
        var now = time.now();
        var hearing = Hearing.of(initiativeId, details(input), now);
        em.persist(hearing);
        em.flush();
        changed(initiative, now, "+ " + describe(hearing));
        return hearing.id();
    }

    /** @return the hearing's new version */
    @Transactional
    public long revise(long initiativeId, long hearingId, HearingInput input) {
        if (input == null || input.version() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        var initiative = openCase(initiativeId);
        var hearing = find(initiativeId, hearingId);
        var now = time.now();
        hearing.revise(details(input), input.version(), now);
        em.flush();
        changed(initiative, now, "~ " + describe(hearing));
        return hearing.version();
    }

    @Transactional
    public void remove(long initiativeId, long hearingId, long expectedVersion) {
        var initiative = openCase(initiativeId);
        var hearing = find(initiativeId, hearingId);
        if (hearing.version() != expectedVersion) {
            throw new ConcurrentEdit("hearing", hearingId);
        }
        em.remove(hearing);
        changed(initiative, time.now(), "− " + describe(hearing));
    }

    private Initiative openCase(long initiativeId) {
        return caseWork.openCase(initiativeId);
    }

    private Hearing find(long initiativeId, long hearingId) {
        var hearing = em.find(Hearing.class, hearingId);
        if (hearing == null || hearing.initiativeId() != initiativeId) {
            throw new NotFound("hearing", hearingId);
        }
        return hearing;
    }

    private void changed(Initiative initiative, Instant now, String details) {
        caseWork.recorded(initiative, now, CaseEventKind.HEARING_RECORDED, details);
    }

    private static String describe(Hearing h) {
        return h.kind() + " \"" + h.title() + "\" "
                + (h.kind().isMeeting() ? h.startsAt() : h.opensOn() + "–" + (h.closesOn() == null ? "" : h.closesOn()))
                + (h.url() == null ? "" : " " + h.url());
    }

    private static HearingDetails details(HearingInput in) {
        if (in == null) {
            throw new RuleViolation("kind", "hearing.kind.required");
        }
        List<Attachment> attachments = in.attachments() == null ? List.of() : in.attachments().stream()
                .filter(a -> a != null && a.url() != null && !a.url().isBlank())
                .map(a -> new Attachment(a.url(), a.label())).toList();
        return new HearingDetails(in.kind(), in.title(), in.opensOn(), in.closesOn(), helsinki(in.startsAt()),
                helsinki(in.endsAt()), in.place(), in.accessibility(), in.attendance(), in.url(), in.summary(),
                attachments);
    }

    private static Instant helsinki(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(HelsinkiTime.ZONE).toInstant();
    }
}
