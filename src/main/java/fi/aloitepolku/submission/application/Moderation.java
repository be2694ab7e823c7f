package fi.aloitepolku.submission.application;

import fi.aloitepolku.initiative.application.InitiativeDetails;
import fi.aloitepolku.initiative.application.InitiativeRegistration;
import fi.aloitepolku.initiative.domain.CaseEvent;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CaseLog;
import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.initiative.domain.InitiativeRepository;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.submission.domain.RejectionReason;
import fi.aloitepolku.submission.domain.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * An agent moderates residents' submissions. Publishing registers a case with the same rules as any other
 * (so it gets its agent and deadlines), merging notes the submission in the existing case's log, and each
 * outcome is mailed to the resident — except spam, which gets no answer.
 */
@ApplicationScoped
public class Moderation {

    @PersistenceContext
    EntityManager em;

    @Inject
    InitiativeRegistration registration;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    CaseLog caseLog;

    @Inject
    SubmissionMail mail;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    @Inject
    fi.aloitepolku.staff.application.AccessScope scope;

    @Inject
    fi.aloitepolku.initiative.application.CaseAccess access;

    /** @return the new case's id */
    @Transactional
    public long publish(long id, long version) {
        var submission = find(id);
        var details = new InitiativeDetails();
        details.setMunicipalityId(submission.municipalityId());
        details.setTitle(submission.title());
        details.setProposal(submission.proposal());
        details.setTheme(submission.theme());
        details.setChannel(Channel.RESIDENT_WEB_FORM);
        details.setSignatoryCount(1);
        details.setReceivedOn(time.toHelsinkiDate(submission.submittedAt()));
        details.setInitiatorName(submission.submitterName());
        details.setInitiatorEmail(submission.submitterEmail());
        details.setInitiatorPhone(submission.submitterPhone());
        details.setInitiatorNamePublic(submission.namePublic());
        long caseId = registration.register(details);
        submission.published(caseId, currentStaff.username(), version, time.now());
        em.flush();
        mail.send(submission, "published", "/initiative?id=" + caseId, null, "submission-outcome:" + id);
        return caseId;
    }

    @Transactional
    public void merge(long id, long version, Long caseId, String message) {
        var submission = find(id);
        if (caseId == null) {
            throw new RuleViolation("caseId", "submission.merge.caseRequired");
        }
        var target = initiatives.find(caseId).filter(t -> access.visible(t.id()))
                .orElseThrow(() -> new RuleViolation("caseId", "transition.mergeInto.unknown"));
        if (!target.status().isOpen()) {
            throw new RuleViolation("caseId", "transition.mergeInto.notOpen");
        }
        var now = time.now();
        submission.mergedInto(caseId, message, currentStaff.username(), version, now);
        em.flush();
        target.touch(now);
        // The log names the submission, not its sender: their details stay with the submission
        caseLog.append(new CaseEvent(caseId, now, currentStaff.username(), CaseEventKind.SUBMISSION_MERGED,
                "submission " + id + ": " + submission.title(), false));
        mail.send(submission, "merged", "/initiative?id=" + caseId, message, "submission-outcome:" + id);
    }

    @Transactional
    public void requestFix(long id, long version, String message) {
        var submission = find(id);
        submission.fixRequested(message, currentStaff.username(), version, time.now());
        em.flush();
        // The private link is only in the resident's hands: the mail says to open it from the receipt
        mail.send(submission, "fix", "/", message, "submission-fix:" + id + ":" + submission.version());
    }

    @Transactional
    public void reject(long id, long version, RejectionReason reason, String message) {
        var submission = find(id);
        submission.rejected(reason, message, currentStaff.username(), version, time.now());
        em.flush();
        if (reason.answered()) {
            mail.send(submission, "rejected", "/", message, "submission-outcome:" + id);
        }
    }

    private Submission find(long id) {
        if (!currentStaff.canManageInitiatives()) {
            throw new NotPermitted("submission.moderation.notPermitted");
        }
        var submission = em.find(Submission.class, id);
        // A submission to another municipality is as unknown as one that does not exist
        if (submission == null || !scope.covers(submission.municipalityId())) {
            throw new NotFound("submission", id);
        }
        return submission;
    }
}
