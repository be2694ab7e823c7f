package fi.aloitepolku.submission.application;

import fi.aloitepolku.notification.application.Outbox;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.submission.domain.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The resident's e-mails about their submission, in the language they used, through the outbox. */
@ApplicationScoped
public class SubmissionMail {

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** @param event receipt, published, merged, fix or rejected; {@code link} the page the mail points to */
    public void send(Submission submission, String event, String link, String message, String dedupKey) {
        var locale = submission.language();
        String url = base() + link;
        String subject = Texts.get(locale, "submission.mail." + event + ".subject", submission.title());
        String body = Texts.get(locale, "submission.mail." + event + ".body", submission.title(), url,
                message == null ? "" : message);
        // Erased with the submission; the receipt carries its private link
        outbox.enqueue(submission.submitterEmail(), subject, body, dedupKey, about(submission.id()),
                "receipt".equals(event));
    }

    /** What the outbox's messages about a submission are tagged with. */
    public static String about(long submissionId) {
        return "submission:" + submissionId;
    }

    String base() {
        return baseUrl.replaceAll("/+$", "");
    }
}
