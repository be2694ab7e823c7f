package fi.aloitepolku.submission.application;

import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.submission.domain.AntiAutomation;
import fi.aloitepolku.submission.domain.FormTicket;
import fi.aloitepolku.submission.domain.Submission;
import fi.aloitepolku.submission.domain.SubmissionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A resident sends an initiative: checked against automation, stored for moderation with a private follow link,
 * and a receipt e-mailed in the same transaction. Nothing of it is public until a moderator publishes it.
 */
@ApplicationScoped
public class SubmissionIntake {

    @PersistenceContext
    EntityManager em;

    @Inject
    SubmissionSecrets secrets;

    @Inject
    SubmissionMail mail;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    HelsinkiTime time;

    @Inject
    @ConfigProperty(name = "app.submission.min-fill-seconds", defaultValue = "5")
    int minFillSeconds;

    @Inject
    @ConfigProperty(name = "app.submission.per-address-per-hour", defaultValue = "5")
    int perAddressPerHour;

    /** A form shown longer ago than this is refused (and shown again with a fresh ticket). */
    @Inject
    @ConfigProperty(name = "app.submission.ticket-hours", defaultValue = "2")
    int ticketHours;

    /** @return the private follow token (to show once and to mail) */
    @Transactional
    public String submit(@NotNull @Valid SubmissionForm form, String ticket, String honeypot, String clientAddress,
                         Locale locale) {
        var now = time.now();
        String client = secrets.clientHash(clientAddress);
        long recent = ((Number) em.createNativeQuery("select count(*) from submission where client_hash = ?1 "
                        + "and submitted_at > ?2").setParameter(1, client).setParameter(2, now.minus(Duration.ofHours(1)))
                .getSingleResult()).longValue();
        var age = secrets.tickets().age(ticket, now);
        String refusal = new AntiAutomation(Duration.ofSeconds(minFillSeconds), Duration.ofHours(ticketHours),
                perAddressPerHour).refusal(honeypot, age, recent);
        if (refusal != null) {
            throw new RuleViolation(null, refusal);
        }
        // Accepted once: the first insert of its hash wins; a second post of the same ticket, even at the same
        // moment, waits for the first's row and then finds it (insert ignore: 0 rows, no error to roll back on).
        // The row goes with this transaction if the submission fails, so the resident may send the form again.
        int first = em.createNativeQuery("insert ignore into form_ticket_used (ticket_hash, expires_at) values (?1, ?2)")
                .setParameter(1, FormTicket.hash(ticket))
                .setParameter(2, now.minus(age).plus(Duration.ofHours(ticketHours))).executeUpdate();
        if (first == 0) {
            throw new RuleViolation(null, AntiAutomation.reused());
        }
        if (municipalities.find(form.getMunicipalityId()).isEmpty()) {
            throw new RuleViolation("municipalityId", "initiative.municipality.unknown");
        }
        String token = SubmissionSecrets.newToken();
        var submission = new Submission(form.content(), language(locale), SubmissionSecrets.tokenHash(token), client, now);
        em.persist(submission);
        em.flush();
        mail.send(submission, "receipt", followLink(token), null, "submission-receipt:" + submission.id());
        return token;
    }

    /** The resident corrects a submission the moderator sent back; it returns to the queue. */
    @Transactional
    public void correct(String token, String title, String proposal) {
        var submission = byToken(token);
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "initiative.title.required");
        }
        if (title.trim().length() > 200) {
            throw new RuleViolation("title", "initiative.title.size");
        }
        if (proposal == null || proposal.isBlank()) {
            throw new RuleViolation("proposal", "initiative.proposal.required");
        }
        if (proposal.trim().length() > SubmissionForm.PROPOSAL_MAX) {
            throw new RuleViolation("proposal", "submission.proposal.size");
        }
        submission.corrected(title, proposal, time.now());
    }

    public Submission byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFound("submission", 0);
        }
        return em.createQuery("select s from Submission s where s.tokenHash = :hash", Submission.class)
                .setParameter("hash", SubmissionSecrets.tokenHash(token.trim())).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("submission", 0));
    }

    public String newTicket() {
        return secrets.tickets().issue(time.now());
    }

    static String followLink(String token) {
        return "/my-initiative?token=" + token;
    }

    private static String language(Locale locale) {
        String lang = locale == null ? "fi" : locale.getLanguage();
        return "sv".equals(lang) || "en".equals(lang) ? lang : "fi";
    }

    public static boolean editable(SubmissionState state) {
        return state == SubmissionState.FIX_REQUESTED;
    }
}
