package fi.aloitepolku.submission.domain;

import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An initiative a resident sent on the web form, waiting for a moderator: published as a case, merged into an
 * existing case, sent back for correction, or rejected with a reason. Never shown publicly as such.
 */
@Entity
@Table(name = "submission")
public class Submission {

    public static final int MESSAGE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false)
    private Long municipalityId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String proposal;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Theme theme;

    @Column(name = "submitter_name", nullable = false)
    private String submitterName;

    @Column(name = "submitter_email", nullable = false)
    private String submitterEmail;

    @Column(name = "submitter_phone")
    private String submitterPhone;

    @Column(name = "name_public", nullable = false)
    private boolean namePublic;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 16)
    private RejectionReason rejectionReason;

    @Column(name = "moderator_message")
    private String moderatorMessage;

    @Column(name = "initiative_id")
    private Long initiativeId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "client_hash", nullable = false, updatable = false, length = 64)
    private String clientHash;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by", length = 64)
    private String moderatedBy;

    @Version
    private long version;

    protected Submission() {
    }

    public Submission(SubmittedInitiative content, String language, String tokenHash, String clientHash,
                      Instant submittedAt) {
        this.municipalityId = content.municipalityId();
        this.title = content.title().trim();
        this.proposal = content.proposal().trim();
        this.theme = content.theme();
        this.submitterName = content.name().trim();
        this.submitterEmail = content.email().trim();
        this.submitterPhone = content.phone() == null || content.phone().isBlank() ? null : content.phone().trim();
        this.namePublic = content.namePublic();
        this.language = language;
        this.state = SubmissionState.PENDING;
        this.tokenHash = tokenHash;
        this.clientHash = clientHash;
        this.submittedAt = submittedAt;
    }

    public void published(long caseId, String moderator, long expectedVersion, Instant now) {
        moderate(expectedVersion, moderator, now);
        state = SubmissionState.PUBLISHED;
        initiativeId = caseId;
    }

    public void mergedInto(long caseId, String message, String moderator, long expectedVersion, Instant now) {
        String cleaned = clean(message);
        moderate(expectedVersion, moderator, now);
        state = SubmissionState.MERGED;
        initiativeId = caseId;
        moderatorMessage = cleaned;
    }

    public void fixRequested(String message, String moderator, long expectedVersion, Instant now) {
        if (message == null || message.isBlank()) {
            throw new RuleViolation("message", "submission.message.required");
        }
        String cleaned = clean(message);
        moderate(expectedVersion, moderator, now);
        state = SubmissionState.FIX_REQUESTED;
        moderatorMessage = cleaned;
    }

    public void rejected(RejectionReason reason, String message, String moderator, long expectedVersion, Instant now) {
        if (reason == null) {
            throw new RuleViolation("reason", "submission.reason.required");
        }
        String cleaned = clean(message);
        moderate(expectedVersion, moderator, now);
        state = SubmissionState.REJECTED;
        rejectionReason = reason;
        moderatorMessage = cleaned;
    }

    /** The resident corrects what the moderator asked; it goes back into the queue. */
    public void corrected(String newTitle, String newProposal, Instant now) {
        if (state != SubmissionState.FIX_REQUESTED) {
            throw new StateConflict("submission.notAwaitingFix");
        }
        title = newTitle.trim();
        proposal = newProposal.trim();
        state = SubmissionState.PENDING;
        submittedAt = now;
    }

    private void moderate(long expectedVersion, String moderator, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("submission", id);
        }
        if (!state.awaitsModeration()) {
            throw new StateConflict("submission.alreadyModerated");
        }
        moderatedBy = moderator;
        moderatedAt = now;
    }

    /** Checked before anything changes, so a refused message leaves the submission as it was. */
    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String trimmed = message.trim();
        if (trimmed.length() > MESSAGE_MAX) {
            throw new RuleViolation("message", "submission.message.size", MESSAGE_MAX);
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public Long municipalityId() {
        return municipalityId;
    }

    public String title() {
        return title;
    }

    public String proposal() {
        return proposal;
    }

    public Theme theme() {
        return theme;
    }

    public String submitterName() {
        return submitterName;
    }

    public String submitterEmail() {
        return submitterEmail;
    }

    public String submitterPhone() {
        return submitterPhone;
    }

    public boolean namePublic() {
        return namePublic;
    }

    public java.util.Locale language() {
        return java.util.Locale.of(language);
    }

    public String moderatorMessage() {
        return moderatorMessage;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public SubmissionState state() {
        return state;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }
}
