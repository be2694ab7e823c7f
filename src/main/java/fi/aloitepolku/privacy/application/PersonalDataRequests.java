package fi.aloitepolku.privacy.application;

import fi.aloitepolku.initiative.application.InitiatorRecords;
import fi.aloitepolku.notification.application.OutboxRetention;
import fi.aloitepolku.notification.follow.FollowRecords;
import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.staff.application.AccessScope;
import fi.aloitepolku.submission.application.SubmissionRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A resident's request about their data, handled by an administrator: everything held about an e-mail address
 * (cases where it is the initiator's, submissions, follows, mail), exported or erased. An administrator who
 * works for named municipalities reaches only what belongs to them. Every export and erasure is logged with who,
 * when, the address's hash (never the address) and the counts, in the transaction that did it.
 */
@RequestScoped
public class PersonalDataRequests {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @PersistenceContext
    EntityManager em;

    @Inject
    InitiatorRecords initiators;

    @Inject
    SubmissionRecords submissions;

    @Inject
    FollowRecords follows;

    @Inject
    OutboxRetention outbox;

    @Inject
    AccessScope scope;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    /** One line of the request log. */
    public record LoggedRequest(long id, Instant occurredAt, String actor, String action, String emailHash,
                                String scope, int cases, int submissions, int follows, int mails) {
    }

    /** What is held, without logging (the page's preview). */
    public PersonalDataExport look(String email) {
        return held(address(email));
    }

    @Transactional
    public PersonalDataExport export(String email) {
        var held = held(address(email));
        log("EXPORT", held.email(), held.casesAsInitiator().size(), held.submissions().size(), held.follows().size(),
                held.mails().size());
        return held;
    }

    @Transactional
    public ErasureReport erase(String email) {
        var held = held(address(email));
        int cases = initiators.erase(held.casesAsInitiator(), currentStaff.username());
        int mails = outbox.forget(abouts(held));
        if (held.everywhere()) {
            mails += outbox.forgetRecipient(held.email());
        }
        int deletedSubmissions = submissions.erase(held.submissions());
        int deletedFollows = follows.erase(held.follows());
        log("ERASE", held.email(), cases, deletedSubmissions, deletedFollows, mails);
        return new ErasureReport(held.everywhere(), cases, deletedSubmissions, deletedFollows, mails);
    }

    public List<LoggedRequest> recent(int limit) {
        requireAdmin();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, occurred_at, actor, action, email_hash, scope, cases, "
                        + "submissions, follows, mails from personal_data_request order by id desc limit ?1")
                .setParameter(1, Math.max(1, Math.min(limit, 200))).getResultList();
        return rows.stream().map(r -> new LoggedRequest(SqlValues.number(r[0]), SqlValues.instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue(), ((Number) r[9]).intValue())).toList();
    }

    /** The municipalities this administrator reaches, or null for all. */
    public Set<Long> reach() {
        requireAdmin();
        return scope.filter();
    }

    /** The address's hash as the log keeps it: the same address is recognised, the address is not kept. */
    public static String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(address.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private PersonalDataExport held(String address) {
        Set<Long> reach = reach();
        var cases = initiators.heldFor(address, reach);
        var subs = submissions.heldFor(address, reach);
        var fols = follows.heldFor(address, reach);
        var partial = new PersonalDataExport(address, time.now(), reach == null, cases, subs, fols, List.of());
        // Across the whole deployment every message to the address; within a scope those about what it reaches
        var mails = reach == null ? outbox.toRecipient(address) : outbox.about(abouts(partial));
        return new PersonalDataExport(address, partial.exportedAt(), reach == null, cases, subs, fols, mails);
    }

    private static Set<String> abouts(PersonalDataExport held) {
        Set<String> abouts = new HashSet<>(SubmissionRecords.abouts(held.submissions()));
        abouts.addAll(FollowRecords.abouts(held.follows()));
        return abouts;
    }

    private void log(String action, String address, int cases, int subs, int fols, int mails) {
        Set<Long> reach = scope.filter();
        em.createNativeQuery("insert into personal_data_request (occurred_at, actor, action, email_hash, scope, cases, "
                        + "submissions, follows, mails) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, time.now()).setParameter(2, currentStaff.username()).setParameter(3, action)
                .setParameter(4, hash(address))
                .setParameter(5, reach == null ? null : String.join(",", new TreeSet<>(reach).stream().map(String::valueOf).toList()))
                .setParameter(6, cases).setParameter(7, subs).setParameter(8, fols).setParameter(9, mails)
                .executeUpdate();
    }

    private void requireAdmin() {
        if (!currentStaff.isAdmin()) {
            throw new NotPermitted("privacy.data.notPermitted");
        }
    }

    private static String address(String email) {
        String address = email == null ? "" : email.trim();
        if (address.isEmpty()) {
            throw new RuleViolation("email", "privacy.data.email.required");
        }
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new RuleViolation("email", "privacy.data.email.invalid");
        }
        return address;
    }
}
