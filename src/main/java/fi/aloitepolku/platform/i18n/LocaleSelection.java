package fi.aloitepolku.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages for this visitor: a {@code ?lang=sv} link (the switcher) chooses it and a
 * cookie remembers the choice; before any choice the browser's Accept-Language decides. No session is
 * needed, so residents' pages stay stateless.
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final String COOKIE = "lang";
    static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    private Locale resolve() {
        var faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return SupportedLocales.DEFAULT;
        }
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        Locale chosen = of(request);
        if (SupportedLocales.byTag(request.getParameter("lang")) != null) {
            remember(request, external.getResponse(), chosen);
        }
        return chosen;
    }

    /** The language a request asks for, as the pages resolve it: link, then cookie, then Accept-Language. */
    public static Locale of(HttpServletRequest request) {
        Locale fromLink = SupportedLocales.byTag(request.getParameter("lang"));
        if (fromLink != null) {
            return fromLink;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                Locale fromCookie = COOKIE.equals(c.getName()) ? SupportedLocales.byTag(c.getValue()) : null;
                if (fromCookie != null) {
                    return fromCookie;
                }
            }
        }
        return SupportedLocales.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** Remembers a language chosen by link, for the visitor's next pages. */
    public static void remember(Object request, Object response, Locale chosen) {
        if (response instanceof HttpServletResponse http && !http.isCommitted()) {
            var cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath(request instanceof HttpServletRequest r && !r.getContextPath().isEmpty()
                    ? r.getContextPath() : "/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request instanceof HttpServletRequest r && r.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            http.addCookie(cookie);
        }
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getAvailable() {
        return SupportedLocales.ALL;
    }
}
