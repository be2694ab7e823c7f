package fi.aloitepolku.submission.web;

import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.submission.application.SubmissionIntake;
import fi.aloitepolku.submission.domain.Submission;
import fi.aloitepolku.submission.domain.SubmissionState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A resident's private page of their submission, reached only by the link in their receipt: where it stands,
 * what the moderator said, the public case once published, and a correction form when one was asked for.
 */
@Named
@RequestScoped
public class MyInitiativePage {

    @Inject
    SubmissionIntake intake;

    @Inject
    PageMessages messages;

    private String token;
    private boolean fresh;
    private Submission submission;
    private boolean unknown;
    private String title;
    private String proposal;

    public void load() {
        try {
            submission = intake.byToken(token);
            if (title == null) {
                title = submission.title();
                proposal = submission.proposal();
            }
        } catch (NotFound e) {
            unknown = true;
        }
    }

    public String correct() {
        var outcome = messages.attempt("fix:", "submission.corrected", () -> intake.correct(token, title, proposal));
        return outcome == PageMessages.Outcome.DONE
                ? "/my-initiative?faces-redirect=true&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) : null;
    }

    public boolean isEditable() {
        return submission != null && SubmissionIntake.editable(submission.state());
    }

    public boolean isPublic() {
        return submission != null && (submission.state() == SubmissionState.PUBLISHED
                || submission.state() == SubmissionState.MERGED);
    }

    public Submission getSubmission() {
        return submission;
    }

    public boolean isUnknown() {
        return unknown;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isFresh() {
        return fresh;
    }

    public void setFresh(boolean fresh) {
        this.fresh = fresh;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }
}
