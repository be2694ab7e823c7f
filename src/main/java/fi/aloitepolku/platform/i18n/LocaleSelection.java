package fi.aloitepolku.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages for this visitor. A {@code ?lang=sv} link (the switcher) chooses it and
 * it sticks for the session; before that the browser's Accept-Language decides.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        var faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            String asked = faces.getExternalContext().getRequestParameterMap().get("lang");
            Locale fromLink = SupportedLocales.byTag(asked);
            if (fromLink != null) {
                chosen = fromLink;
            }
        }
        if (chosen != null) {
            return chosen;
        }
        if (faces == null) {
            return SupportedLocales.DEFAULT;
        }
        // The header itself, not the container's request locales: without a header those fall back to the
        // server's default locale, and a visitor who states nothing should get Finnish.
        String header = faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        return SupportedLocales.fromAcceptLanguage(header);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getAvailable() {
        return SupportedLocales.ALL;
    }
}
