package fi.aloitepolku.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both kinds of staff client: people log in through the login page (which calls
 * {@code SecurityContext.authenticate}) and keep a session; API clients send HTTP Basic credentials with
 * each request and get no session. The session keeps who logged in and their roles as one immutable value,
 * read by every request: with the container's own session re-authentication (@AutoApplySession), a few of
 * many simultaneous requests of one session were answered 403. An anonymous request for a protected staff page is sent to the login page. For the API
 * the mechanism only establishes who the caller is: refusing anonymous or wrong-role callers is the
 * API's role check, which answers with a problem document (401 or 403).
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            var result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true).setAttribute(StaffSession.ATTRIBUTE,
                        new StaffSession(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(StaffSession.ATTRIBUTE) instanceof StaffSession staff) {
            return context.notifyContainerAboutLogin(staff.username(), staff.roles());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), context);
        }
        if (context.isProtected() && !isApi(request)) {
            return toLoginPage(request, context);
        }
        return context.doNothing();
    }

    /** Valid credentials log the caller in for this request; anything else leaves them anonymous. */
    private AuthenticationStatus basic(String encoded, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return context.doNothing();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return context.doNothing();
        }
        var result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
}
