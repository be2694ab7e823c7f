package fi.aloitepolku.platform.web;

import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Messages on staff pages, in the page's language; a refused field's message goes beside the field. */
@RequestScoped
public class PageMessages {

    @Inject
    LocaleSelection localeSelection;

    /** How an attempted change ended. */
    public enum Outcome { DONE, REFUSED, CONFLICT }

    /**
     * Runs one change a user asked for. Done: the news is kept for the page shown after the redirect. Refused:
     * the reason is shown (beside the field at fault, under {@code formPrefix}) and the input stays in the form.
     * Someone else saved first: CONFLICT, with a message; the caller offers a reload.
     */
    public Outcome attempt(String formPrefix, String doneKey, Runnable change) {
        try {
            change.run();
            info(doneKey);
            return Outcome.DONE;
        } catch (StateConflict refused) {
            conflict(refused);
        } catch (NotPermitted denied) {
            error(denied.messageKey(), denied.arguments());
        } catch (RuleViolation refused) {
            refused(formPrefix, refused);
        } catch (RuntimeException e) {
            if (!ConcurrentEdit.causedBy(e)) {
                throw e;
            }
            error("initiative.conflict");
            FacesContext.getCurrentInstance().validationFailed();
            return Outcome.CONFLICT;
        }
        return Outcome.REFUSED;
    }

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
        // Survives the redirect after a successful save (post/redirect/get)
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** @param formPrefix client id prefix of the form's fields, e.g. "case:" */
    public void refused(String formPrefix, RuleViolation violation) {
        String clientId = violation.field() == null ? null : formPrefix + violation.field();
        add(clientId, FacesMessage.SEVERITY_ERROR, violation.messageKey(), violation.arguments());
        if (clientId != null) {
            // Also at the top, so that a screen-reader user hears why the save did not happen
            add(null, FacesMessage.SEVERITY_ERROR, violation.messageKey(), violation.arguments());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void conflict(StateConflict conflict) {
        add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey(), conflict.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = Texts.get(localeSelection.getLocale(), key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
