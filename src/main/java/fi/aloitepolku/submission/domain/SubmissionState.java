package fi.aloitepolku.submission.domain;

/** Where a resident's submission stands in moderation. */
public enum SubmissionState {
    PENDING,
    /** The moderator asked the resident to correct it; it returns to PENDING when they do. */
    FIX_REQUESTED,
    PUBLISHED,
    MERGED,
    REJECTED;

    public boolean awaitsModeration() {
        return this == PENDING;
    }
}
