package fi.aloitepolku.submission.web;

import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.submission.application.SubmissionForm;
import fi.aloitepolku.submission.application.SubmissionIntake;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The residents' initiative form: the fields, a signed "shown at" ticket and a field only bots fill. */
@Named
@RequestScoped
public class SubmitPage {

    @Inject
    SubmissionIntake intake;

    @Inject
    PageMessages messages;

    @Inject
    LocaleSelection locale;

    private final SubmissionForm form = new SubmissionForm();
    private String ticket;
    private String website;
    private String token;

    public String submit() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        var outcome = messages.attempt("submit:", "submission.thanks",
                () -> token = intake.submit(form, ticket, website, request.getRemoteAddr(), locale.getLocale()));
        if (outcome != PageMessages.Outcome.DONE) {
            // A fresh ticket: the time to fill counts from the form shown again
            ticket = null;
            return null;
        }
        return "/my-initiative?faces-redirect=true&new=true&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public SubmissionForm getForm() {
        return form;
    }

    public String getTicket() {
        if (ticket == null) {
            ticket = intake.newTicket();
        }
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    /** The honeypot: named like a field bots like to fill, hidden from people. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Theme[] getThemes() {
        return Theme.values();
    }
}
