package fi.aloitepolku.hearing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a preparer records of a hearing. A meeting (resident event, stakeholder meeting) has a start, an
 * end, a place, accessibility information and attendance; the other kinds have open and close dates.
 */
public record HearingDetails(HearingKind kind, String title, LocalDate opensOn, LocalDate closesOn,
                             Instant startsAt, Instant endsAt, String place, String accessibility,
                             Integer attendance, String url, String summary, List<Attachment> attachments) {
}
