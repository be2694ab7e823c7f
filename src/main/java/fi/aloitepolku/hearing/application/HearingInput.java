package fi.aloitepolku.hearing.application;

import fi.aloitepolku.hearing.domain.HearingKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A hearing as a preparer enters it, on the page or through the API. Times of a meeting are Helsinki wall
 * clock times ("2026-05-12T18:00"), as people say them; {@code version} is needed for a correction.
 */
public record HearingInput(HearingKind kind, String title, LocalDate opensOn, LocalDate closesOn,
                           LocalDateTime startsAt, LocalDateTime endsAt, String place, String accessibility,
                           Integer attendance, String url, String summary, List<AttachmentInput> attachments,
                           Long version) {

    public record AttachmentInput(String url, String label) {
    }
}
