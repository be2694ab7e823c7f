package fi.aloitepolku.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long personal data is kept: each period a setting (APP_RETENTION_...), read by the daily run and by the
 * privacy notice, so that the notice always says what the run does.
 */
@Named("retention")
@ApplicationScoped
public class RetentionPolicy {

    @Inject
    @ConfigProperty(name = "app.retention.initiator-contact-months", defaultValue = "24")
    int initiatorContactMonths;

    @Inject
    @ConfigProperty(name = "app.retention.follower-months", defaultValue = "6")
    int followerMonths;

    @Inject
    @ConfigProperty(name = "app.retention.private-link-mail-days", defaultValue = "30")
    int privateLinkMailDays;

    @Inject
    @ConfigProperty(name = "app.retention.rejected-submission-days", defaultValue = "365")
    int rejectedSubmissionDays;

    @Inject
    @ConfigProperty(name = "app.submission.ticket-hours", defaultValue = "2")
    int ticketHours;

    public int getInitiatorContactMonths() {
        return initiatorContactMonths;
    }

    public int getFollowerMonths() {
        return followerMonths;
    }

    public int getPrivateLinkMailDays() {
        return privateLinkMailDays;
    }

    public int getRejectedSubmissionDays() {
        return rejectedSubmissionDays;
    }

    public int getTicketHours() {
        return ticketHours;
    }

    /** Calendar months back from now (in UTC: a day's difference does not matter at this scale). */
    static Instant monthsBefore(Instant now, int months) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    Instant initiatorCutoff(Instant now) {
        return monthsBefore(now, initiatorContactMonths);
    }

    Instant followerCutoff(Instant now) {
        return monthsBefore(now, followerMonths);
    }

    Instant privateLinkMailCutoff(Instant now) {
        return now.minus(Duration.ofDays(privateLinkMailDays));
    }

    Instant rejectedSubmissionCutoff(Instant now) {
        return now.minus(Duration.ofDays(rejectedSubmissionDays));
    }
}
