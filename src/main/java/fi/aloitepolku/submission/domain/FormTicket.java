package fi.aloitepolku.submission.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * When a form was shown, signed, so that the time it took to fill can be trusted without a session:
 * "epochSeconds.nonce.signature". A forged or altered ticket reads as "just shown", which the minimum time
 * refuses. The random nonce makes every ticket different, so that a used one can be recognised (by its hash).
 */
public final class FormTicket {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public FormTicket(byte[] key) {
        this.key = key.clone();
    }

    public String issue(Instant shownAt) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String signed = shownAt.getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return signed + "." + sign(signed);
    }

    /** Time since the form was shown, or null when the ticket is missing or forged. */
    public Duration age(String ticket, Instant now) {
        if (ticket == null || ticket.length() > 200) {
            return null;
        }
        int dot = ticket.lastIndexOf('.');
        int first = ticket.indexOf('.');
        if (first < 1 || dot <= first) {
            return null;
        }
        String signed = ticket.substring(0, dot);
        if (!MessageDigest.isEqual(sign(signed).getBytes(StandardCharsets.US_ASCII),
                ticket.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return Duration.between(Instant.ofEpochSecond(Long.parseLong(ticket.substring(0, first))), now);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What is kept of a used ticket. */
    public static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
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
