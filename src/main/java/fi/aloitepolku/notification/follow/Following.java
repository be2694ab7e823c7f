package fi.aloitepolku.notification.follow;

import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.notification.application.Outbox;
import fi.aloitepolku.notification.application.OutboxRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Residents follow a case or a municipality by e-mail with double opt-in. Every request gets the same answer
 * ("check your e-mail"), whether the address was new, waiting or already following, so nobody learns from it
 * what another address does; only the address's owner gets a message, and only when it can help them.
 */
@ApplicationScoped
public class Following {

    static final Duration CONFIRM_WITHIN = Duration.ofHours(48);
    /** A repeated request sends a new confirmation at most this often. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);
    static final int REQUESTS_PER_HOUR = 10;
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Keys the senders' address hashes (rate limits only): drawn at start, never stored. */
    private static final byte[] CLIENT_KEY = new byte[32];

    static {
        RANDOM.nextBytes(CLIENT_KEY);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRetention outboxRetention;

    @Inject
    HelsinkiTime time;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** A target to follow: one case, or the new cases of one municipality; {@code title} names it in mails. */
    public record Target(Long initiativeId, Long municipalityId, String title) {

        String key() {
            return initiativeId != null ? "I:" + initiativeId : "M:" + municipalityId;
        }
    }

    @Transactional
    public void subscribe(String email, Target target, Locale locale, String clientAddress) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new RuleViolation("email", "follow.email.invalid");
        }
        var now = time.now();
        String client = sha256(clientAddress + "|" + HexFormat.of().formatHex(CLIENT_KEY));
        long recent = ((Number) em.createNativeQuery("select count(*) from subscription where client_hash = ?1 "
                + "and requested_at > ?2").setParameter(1, client).setParameter(2, now.minus(Duration.ofHours(1)))
                .getSingleResult()).longValue();
        if (recent >= REQUESTS_PER_HOUR) {
            throw new RuleViolation(null, "follow.tooMany");
        }
        String language = language(locale);
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery("select id, state, requested_at from subscription "
                + "where email = ?1 and target = ?2 for update").setParameter(1, address)
                .setParameter(2, target.key()).getResultList();
        String token = newToken();
        Object subscriptionId;
        if (existing.isEmpty()) {
            em.createNativeQuery("insert into subscription (email, target, initiative_id, municipality_id, language, "
                            + "state, confirm_token_hash, requested_at, client_hash) "
                            + "values (?1, ?2, ?3, ?4, ?5, 'PENDING', ?6, ?7, ?8)")
                    .setParameter(1, address).setParameter(2, target.key()).setParameter(3, target.initiativeId())
                    .setParameter(4, target.municipalityId()).setParameter(5, language).setParameter(6, sha256(token))
                    .setParameter(7, now).setParameter(8, client).executeUpdate();
            subscriptionId = em.createNativeQuery("select id from subscription where email = ?1 and target = ?2")
                    .setParameter(1, address).setParameter(2, target.key()).getSingleResult();
        } else {
            Object[] row = existing.getFirst();
            String state = (String) row[1];
            var requested = fi.aloitepolku.platform.persistence.SqlValues.instant(row[2]);
            if ("CONFIRMED".equals(state) || requested.plus(RESEND_AFTER).isAfter(now) && "PENDING".equals(state)) {
                // Already following, or a confirmation just went out: the same answer, no new mail
                return;
            }
            em.createNativeQuery("update subscription set state = 'PENDING', confirm_token_hash = ?1, requested_at = ?2, "
                            + "language = ?3, client_hash = ?4, unsubscribed_at = null where id = ?5")
                    .setParameter(1, sha256(token)).setParameter(2, now).setParameter(3, language)
                    .setParameter(4, client).setParameter(5, row[0]).executeUpdate();
            subscriptionId = row[0];
        }
        var loc = Locale.of(language);
        outbox.enqueue(address, Texts.get(loc, "follow.mail.confirm.subject", target.title()),
                Texts.get(loc, "follow.mail.confirm.body", target.title(), base() + "/follow-confirm?token=" + token,
                        CONFIRM_WITHIN.toHours()), null, about(subscriptionId), true);
    }

    @Transactional
    public FollowOutcome confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return FollowOutcome.UNKNOWN;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, state, requested_at from subscription "
                + "where confirm_token_hash = ?1 for update").setParameter(1, sha256(token.trim())).getResultList();
        if (rows.isEmpty()) {
            return FollowOutcome.UNKNOWN;
        }
        Object[] row = rows.getFirst();
        if ("CONFIRMED".equals(row[1])) {
            return FollowOutcome.ALREADY_CONFIRMED;
        }
        var now = time.now();
        if (fi.aloitepolku.platform.persistence.SqlValues.instant(row[2]).plus(CONFIRM_WITHIN).isBefore(now)) {
            return FollowOutcome.EXPIRED;
        }
        em.createNativeQuery("update subscription set state = 'CONFIRMED', confirmed_at = ?1 where id = ?2")
                .setParameter(1, now).setParameter(2, row[0]).executeUpdate();
        return FollowOutcome.CONFIRMED;
    }

    /**
     * One click, no login: the link's page asks for one press of a button (a scanner opening links presses none).
     * The address is deleted, not marked, together with the outbox's messages to it about this follow.
     */
    @Transactional
    public FollowOutcome unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return FollowOutcome.UNKNOWN;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select subscription_id from follow_unsubscribe_token "
                + "where token_hash = ?1").setParameter(1, sha256(token.trim())).getResultList();
        if (ids.isEmpty()) {
            return FollowOutcome.UNKNOWN;
        }
        long id = ids.getFirst().longValue();
        outboxRetention.forget(List.of(about(id)));
        // The tokens go with it (on delete cascade)
        em.createNativeQuery("delete from subscription where id = ?1").setParameter(1, id).executeUpdate();
        return FollowOutcome.UNSUBSCRIBED;
    }

    /** What the outbox's messages to a follower are about: erased with the follow. */
    static String about(Object subscriptionId) {
        return "subscription:" + ((Number) subscriptionId).longValue();
    }

    String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    private static String language(Locale locale) {
        String lang = locale == null ? "fi" : locale.getLanguage();
        return "sv".equals(lang) || "en".equals(lang) ? lang : "fi";
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
