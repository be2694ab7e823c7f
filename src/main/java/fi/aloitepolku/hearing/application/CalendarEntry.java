package fi.aloitepolku.hearing.application;

import fi.aloitepolku.hearing.domain.HearingKind;
import java.time.Instant;
import java.time.LocalDate;

/** A hearing in a public calendar feed: what, when, where, and the case it belongs to. No personal data. */
public record CalendarEntry(long hearingId, long initiativeId, String initiativeTitle, HearingKind kind, String title,
                            LocalDate opensOn, LocalDate closesOn, Instant startsAt, Instant endsAt, String place,
                            String accessibility, String url, Instant updatedAt) {
}
