package fi.aloitepolku.privacy.application;

import fi.aloitepolku.initiative.application.InitiatorRecords.CaseHeld;
import fi.aloitepolku.notification.application.OutboxRetention.MailHeld;
import fi.aloitepolku.notification.follow.FollowRecords.FollowHeld;
import fi.aloitepolku.submission.application.SubmissionRecords.SubmissionHeld;
import java.time.Instant;
import java.util.List;

/**
 * Everything held about one e-mail address, as far as the administrator's scope reaches ({@code everywhere}
 * false: only what belongs to the municipalities they work for).
 */
public record PersonalDataExport(String email, Instant exportedAt, boolean everywhere, List<CaseHeld> casesAsInitiator,
                                 List<SubmissionHeld> submissions, List<FollowHeld> follows, List<MailHeld> mails) {
}
