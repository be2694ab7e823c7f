package fi.aloitepolku.submission.application;

import fi.aloitepolku.submission.domain.FormTicket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secrets of the residents' form: the key that signs form tickets and hashes senders' addresses, and the
 * private follow links. Without {@code app.submission.secret} each start draws its own key (fine for one
 * server; a cluster needs the setting so that a form shown by one server is accepted by another).
 */
@ApplicationScoped
public class SubmissionSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "app.submission.secret")
    Optional<String> configured;

    private byte[] key;
    private FormTicket tickets;

    @PostConstruct
    void init() {
        key = configured.filter(s -> s.length() >= 16).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] drawn = new byte[32];
                    RANDOM.nextBytes(drawn);
                    return drawn;
                });
        tickets = new FormTicket(key);
    }

    public FormTicket tickets() {
        return tickets;
    }

    /** A keyed hash of an address: the same sender is recognised, the address itself is not kept. */
    public String clientHash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new private link token (256 random bits). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: its SHA-256, so a database copy reveals no working link. */
    public static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
