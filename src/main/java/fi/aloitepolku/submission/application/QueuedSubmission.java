package fi.aloitepolku.submission.application;

import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.submission.domain.SubmissionState;
import java.time.Instant;

/** A submission as moderators see it (staff only: it carries the sender's details). */
public record QueuedSubmission(long id, long municipalityId, String title, String proposal, Theme theme, String name,
                               String email, String phone, boolean namePublic, SubmissionState state,
                               String moderatorMessage, Long initiativeId, Instant submittedAt, long version) {
}
