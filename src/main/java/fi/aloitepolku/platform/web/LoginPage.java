package fi.aloitepolku.platform.web;

import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.security.SafeRedirects;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Staff log in here; the form's view state is its CSRF token. */
@Named("login")
@RequestScoped
public class LoginPage {

    static final String HOME = "/staff/initiatives";

    @Inject
    SecurityContext securityContext;

    @Inject
    LocaleSelection localeSelection;

    private String username;

    private String password;

    private String next;

    public void logIn() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        var status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id after login: a session id known before login is worthless after it.
            request.changeSessionId();
            faces.getExternalContext().redirect(request.getContextPath() + SafeRedirects.localPathOr(next, HOME));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.NOT_DONE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(localeSelection.getLocale(), "login.failed"), null));
        }
    }

    public void logout() throws IOException, ServletException {
        var faces = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        faces.getExternalContext().redirect(request.getContextPath() + "/");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
