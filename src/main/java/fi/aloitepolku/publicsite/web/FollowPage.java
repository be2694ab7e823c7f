package fi.aloitepolku.publicsite.web;

import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.notification.follow.FollowOutcome;
import fi.aloitepolku.notification.follow.Following;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Follow a case or a municipality's new cases by e-mail, and the pages the mails' links open (confirm,
 * unsubscribe). Every request to follow gets the same answer, whatever the address's history.
 */
@Named
@RequestScoped
public class FollowPage {

    @Inject
    Following following;

    @Inject
    InitiativeQueries initiatives;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    LocaleSelection locale;

    @Inject
    PageMessages messages;

    private Long initiative;
    private Long municipality;
    private String email;
    private String token;
    private boolean requested;
    private String title;
    private FollowOutcome outcome;

    public void load() {
        if (initiative != null) {
            title = initiatives.publicView(initiative).map(i -> i.title()).orElse(null);
        } else if (municipality != null) {
            title = municipalities.find(municipality).map(m -> m.name(locale.getLocale())).orElse(null);
        }
    }

    public String follow() {
        load();
        if (title == null) {
            messages.error("follow.unknownTarget");
            return null;
        }
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        var target = new Following.Target(initiative, initiative == null ? municipality : null, title);
        var result = messages.attempt("follow:", "follow.requested",
                () -> following.subscribe(email, target, locale.getLocale(), request.getRemoteAddr()));
        requested = result == PageMessages.Outcome.DONE;
        if (requested) {
            email = null;
        }
        return null;
    }

    public void confirm() {
        outcome = following.confirm(token);
    }

    public String unsubscribe() {
        outcome = following.unsubscribe(token);
        return null;
    }

    public boolean isKnownTarget() {
        return title != null;
    }

    public Long getInitiative() {
        return initiative;
    }

    public void setInitiative(Long initiative) {
        this.initiative = initiative;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isRequested() {
        return requested;
    }

    public String getTitle() {
        return title;
    }

    public FollowOutcome getOutcome() {
        return outcome;
    }
}
