package fi.aloitepolku.privacy.application;

import java.time.LocalDate;

/** What a retention run did; {@code ran} false when another server (or an earlier hour) already ran the day. */
public record RetentionReport(LocalDate period, boolean ran, int initiatorsAnonymised, int followsDeleted,
                              int submissionsDeleted, int mailsDeleted) {
}
