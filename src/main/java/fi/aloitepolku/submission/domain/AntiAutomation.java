package fi.aloitepolku.submission.domain;

import java.time.Duration;

/**
 * Tells people from bots without third-party services: a field people do not see (bots fill every field), a
 * minimum time between showing the form and sending it (bots send at once), a maximum one (a ticket harvested
 * once does not serve for long), a ticket accepted once, and a limit on submissions from one address per hour.
 * Each refusal names a polite message for the resident.
 */
public record AntiAutomation(Duration minimumFillTime, Duration maximumAge, int perAddressPerHour) {

    /** Why a submission is refused as automated, or null when it passes (the ticket's first use is checked apart). */
    public String refusal(String honeypot, Duration sinceFormShown, long recentFromAddress) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return "submission.refused.automated";
        }
        if (sinceFormShown == null || sinceFormShown.compareTo(minimumFillTime) < 0) {
            return "submission.refused.tooFast";
        }
        if (sinceFormShown.compareTo(maximumAge) > 0) {
            return "submission.refused.expired";
        }
        if (recentFromAddress >= perAddressPerHour) {
            return "submission.refused.tooMany";
        }
        return null;
    }

    /** A ticket seen before: the general polite refusal ("could not be sent"); the page shows a fresh form. */
    public static String reused() {
        return "submission.refused.automated";
    }
}
