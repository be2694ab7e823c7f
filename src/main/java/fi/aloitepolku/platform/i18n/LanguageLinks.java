package fi.aloitepolku.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Links of the language switcher: the same page with the same query, only {@code lang} changed, so a
 * visitor keeps their place (and their search) when switching language. Plain links work without script.
 */
@Named
@RequestScoped
public class LanguageLinks {

    public String hrefFor(String language) {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        return uri + "?" + withLanguage(query, language);
    }

    static String withLanguage(String query, String language) {
        List<String> kept = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!name.equals("lang") && !name.startsWith("jakarta.faces.")) {
                    kept.add(pair);
                }
            }
        }
        kept.add("lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
        return String.join("&", kept);
    }
}
