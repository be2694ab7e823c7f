package fi.aloitepolku.hearing.application;

import fi.aloitepolku.hearing.domain.HearingKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A hearing as staff see and edit it; meeting times in Helsinki wall-clock time. */
public record HearingView(long id, HearingKind kind, String title, LocalDate opensOn, LocalDate closesOn,
                          LocalDateTime startsAt, LocalDateTime endsAt, String place, String accessibility,
                          Integer attendance, String url, String summary, List<AttachmentView> attachments,
                          long version) {

    public record AttachmentView(String url, String label) {
    }
}
