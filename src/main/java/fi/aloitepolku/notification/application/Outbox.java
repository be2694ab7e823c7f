package fi.aloitepolku.notification.application;

import fi.aloitepolku.notification.domain.PrivateLinks;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;

/**
 * Queues an e-mail in the caller's transaction: a change that rolls back sends nothing, and one that commits
 * cannot lose its mail even if the mail server is down. The sender delivers it later.
 */
@ApplicationScoped
public class Outbox {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 60_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    /**
     * @param dedupKey the caller's "this message once" key, or null; a second message with the same key is dropped
     *                 (no return value says which: the driver reports a matched duplicate as a row, too)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, String subject, String body, String dedupKey) {
        enqueue(recipient, subject, body, dedupKey, null, false);
    }

    /**
     * @param about       what the message is about ({@code submission:<id>}, {@code subscription:<id>}), so that it
     *                    is erased with it; or null
     * @param privateLink the body carries a private link (receipt, confirmation, unsubscribe): it is redacted at
     *                    delivery and the row deleted after the retention period
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, String subject, String body, String dedupKey, String about,
                        boolean privateLink) {
        if (recipient == null || recipient.length() > 254 || !ADDRESS.matcher(recipient).matches()) {
            throw new RuleViolation("recipient", "outbox.recipient.invalid");
        }
        String cleanSubject = subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").trim();
        if (cleanSubject.isEmpty() || body == null || body.isBlank()) {
            throw new RuleViolation("subject", "outbox.message.empty");
        }
        if (cleanSubject.length() > SUBJECT_MAX) {
            cleanSubject = cleanSubject.substring(0, SUBJECT_MAX - 1) + "…";
        }
        if (body.length() > BODY_MAX) {
            throw new RuleViolation("body", "outbox.body.size", BODY_MAX);
        }
        var now = time.now();
        // A duplicate key leaves the row as it is (0 rows affected); any other error still fails loudly,
        // which INSERT IGNORE would have turned into a warning
        em.createNativeQuery("insert into outbox_message (created_at, recipient, subject, body, status, "
                        + "attempts, next_attempt_at, dedup_key, about, private_link) "
                        + "values (?1, ?2, ?3, ?4, 'PENDING', 0, ?1, ?5, ?6, ?7) on duplicate key update id = id")
                .setParameter(1, now).setParameter(2, recipient).setParameter(3, cleanSubject)
                .setParameter(4, body).setParameter(5, dedupKey).setParameter(6, about)
                .setParameter(7, privateLink || PrivateLinks.carriesToken(body))
                .executeUpdate();
    }
}
