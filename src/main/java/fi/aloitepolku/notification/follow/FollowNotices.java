package fi.aloitepolku.notification.follow;

import fi.aloitepolku.initiative.application.PublicCases;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.CasePublicityChanged;
import fi.aloitepolku.initiative.domain.InitiativeRegistered;
import fi.aloitepolku.initiative.domain.PublicCaseEntry;
import fi.aloitepolku.notification.application.Outbox;
import fi.aloitepolku.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells followers: a case's followers of each public entry of its log (status changes, public steps), a
 * municipality's followers of each new case. One message per follower and entry (the outbox's dedup key), in
 * the follower's language, with the one-click unsubscribe link. Same transaction as the change.
 */
@ApplicationScoped
public class FollowNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    fi.aloitepolku.platform.time.HelsinkiTime time;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void onPublicEntry(@Observes PublicCaseEntry entry) {
        String title = publicTitle(entry.initiativeId());
        if (title == null) {
            // Residents may not see the case (yet): nothing of it leaves by mail
            return;
        }
        for (Object[] f : followers("initiative_id", entry.initiativeId())) {
            var locale = Locale.of((String) f[2]);
            String what = entry.kind() == CaseEventKind.STATUS_CHANGED && entry.statusAfter() != null
                    ? Texts.get(locale, "status.public." + entry.statusAfter().name())
                    : Texts.get(locale, "follow.mail.update.step");
            String note = entry.publicNote() == null ? "" : entry.publicNote();
            send(f, Texts.get(locale, "follow.mail.update.subject", title),
                    Texts.get(locale, "follow.mail.update.body", title, what, note,
                            base() + "/initiative?id=" + entry.initiativeId()),
                    "follow:" + f[0] + ":entry:" + entry.entryId());
        }
    }

    void onRegistered(@Observes InitiativeRegistered registered) {
        announceNew(registered.initiativeId());
    }

    /** A case that waited for screening (or was confidential) is new to residents when it becomes public. */
    void onPublished(@Observes CasePublicityChanged changed) {
        if (changed.becamePublic()) {
            announceNew(changed.initiativeId());
        }
    }

    private void announceNew(long initiativeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> cases = em.createNativeQuery("select i.municipality_id, i.title from initiative i where i.id = ?1 "
                + "and " + PublicCases.sql("i")).setParameter(1, initiativeId).getResultList();
        if (cases.isEmpty()) {
            return;
        }
        String title = (String) cases.getFirst()[1];
        for (Object[] f : followers("municipality_id", ((Number) cases.getFirst()[0]).longValue())) {
            var locale = Locale.of((String) f[2]);
            send(f, Texts.get(locale, "follow.mail.new.subject", title),
                    Texts.get(locale, "follow.mail.new.body", title, base() + "/initiative?id=" + initiativeId),
                    // the same key whenever it is announced: a case published twice is new only once
                    "follow:" + f[0] + ":new:" + initiativeId);
        }
    }

    /**
     * Each message gets an unsubscribe link of its own, of which only the hash is kept: the database never holds
     * a working link, and the link in every earlier message still works.
     */
    private void send(Object[] follower, String subject, String body, String dedupKey) {
        var locale = Locale.of((String) follower[2]);
        String token = Following.newToken();
        em.createNativeQuery("insert into follow_unsubscribe_token (token_hash, subscription_id, issued_at) "
                        + "values (?1, ?2, ?3)")
                .setParameter(1, Following.sha256(token)).setParameter(2, follower[0]).setParameter(3, time.now())
                .executeUpdate();
        String unsubscribe = base() + "/unsubscribe?token=" + token;
        outbox.enqueue((String) follower[1], subject,
                body + "\n\n" + Texts.get(locale, "follow.mail.unsubscribe", unsubscribe), dedupKey,
                Following.about(follower[0]), true);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> followers(String column, long id) {
        return em.createNativeQuery("select id, email, language from subscription where "
                + column + " = ?1 and state = 'CONFIRMED'").setParameter(1, id).getResultList();
    }

    /** The case's title, or null when residents may not see the case. */
    private String publicTitle(long initiativeId) {
        List<?> titles = em.createNativeQuery("select i.title from initiative i where i.id = ?1 and "
                + PublicCases.sql("i")).setParameter(1, initiativeId).getResultList();
        return titles.isEmpty() ? null : (String) titles.getFirst();
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }
}
