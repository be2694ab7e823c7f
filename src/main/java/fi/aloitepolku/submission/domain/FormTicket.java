package fi.aloitepolku.submission.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * When a form was shown, signed, so that the time it took to fill can be trusted without a session:
 * "epochSeconds.signature". A forged or altered ticket reads as "just shown", which the minimum time refuses.
 */
public final class FormTicket {

    private final byte[] key;

    public FormTicket(byte[] key) {
        this.key = key.clone();
    }

    public String issue(Instant shownAt) {
        String seconds = Long.toString(shownAt.getEpochSecond());
        return seconds + "." + sign(seconds);
    }

    /** Time since the form was shown, or null when the ticket is missing or forged. */
    public Duration age(String ticket, Instant now) {
        if (ticket == null) {
            return null;
        }
        int dot = ticket.indexOf('.');
        if (dot < 1) {
            return null;
        }
        String seconds = ticket.substring(0, dot);
        if (!MessageDigest.isEqual(sign(seconds).getBytes(StandardCharsets.US_ASCII),
                ticket.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return Duration.between(Instant.ofEpochSecond(Long.parseLong(seconds)), now);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
