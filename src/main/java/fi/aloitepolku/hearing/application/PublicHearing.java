package fi.aloitepolku.hearing.application;

import fi.aloitepolku.hearing.domain.HearingKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hearing as residents see it. {@code summary} is null until the hearing is over: what was heard is
 * published once hearing has ended, not while people are still answering.
 */
public record PublicHearing(long id, HearingKind kind, String title, LocalDate opensOn, LocalDate closesOn,
                            Instant startsAt, Instant endsAt, String place, String accessibility, String url,
                            boolean closed, String summary, List<HearingView.AttachmentView> attachments) {
}
