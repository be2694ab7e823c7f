package fi.aloitepolku.submission.web;

import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.submission.application.Moderation;
import fi.aloitepolku.submission.application.QueuedSubmission;
import fi.aloitepolku.submission.application.SubmissionQueries;
import fi.aloitepolku.submission.domain.RejectionReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The moderation queue: residents' submissions waiting, oldest first, each with the four ways to settle it. */
@Named
@ViewScoped
public class ModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    transient SubmissionQueries queries;

    @Inject
    transient Moderation moderation;

    @Inject
    transient PageMessages messages;

    private Long after;
    private List<QueuedSubmission> queue;
    private Long caseId;
    private String message;
    private RejectionReason reason;

    public List<QueuedSubmission> getQueue() {
        if (queue == null) {
            queue = queries.queue(fi.aloitepolku.submission.domain.SubmissionState.PENDING, after, PAGE);
        }
        return queue;
    }

    public Long getNext() {
        return getQueue().size() < PAGE ? null : getQueue().getLast().id();
    }

    public String publish(long id, long version) {
        return done(messages.attempt("s" + id + ":", "submission.published", () -> moderation.publish(id, version)));
    }

    public String merge(long id, long version) {
        return done(messages.attempt("s" + id + ":", "submission.merged",
                () -> moderation.merge(id, version, caseId, message)));
    }

    public String requestFix(long id, long version) {
        return done(messages.attempt("s" + id + ":", "submission.fixRequested",
                () -> moderation.requestFix(id, version, message)));
    }

    public String reject(long id, long version) {
        return done(messages.attempt("s" + id + ":", "submission.rejected",
                () -> moderation.reject(id, version, reason, message)));
    }

    private String done(PageMessages.Outcome outcome) {
        return outcome == PageMessages.Outcome.DONE ? "/staff/moderation?faces-redirect=true" : null;
    }

    public RejectionReason[] getReasons() {
        return RejectionReason.values();
    }

    public Long getAfter() {
        return after;
    }

    public void setAfter(Long after) {
        this.after = after;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public RejectionReason getReason() {
        return reason;
    }

    public void setReason(RejectionReason reason) {
        this.reason = reason;
    }
}
