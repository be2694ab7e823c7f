package fi.aloitepolku.notification.domain;

import java.time.Duration;

/**
 * When to try a failed e-mail again: the first retry after the base delay, each next one twice as late, never
 * later than an hour; after the maximum attempts the message is given up (an administrator may retry it).
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

    public static final Duration CAP = Duration.ofHours(1);

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration delayAfter(int failedAttempts) {
        if (base.isZero() || failedAttempts < 1) {
            return base;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        long millis = base.toMillis();
        long delayed = millis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : millis << doublings;
        return Duration.ofMillis(Math.min(delayed, cap.toMillis()));
    }

    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
