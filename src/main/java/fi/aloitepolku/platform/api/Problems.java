package fi.aloitepolku.platform.api;

import fi.aloitepolku.platform.i18n.Texts;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem responses with texts in the client's language (Accept-Language). */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    public static Response response(Problem problem) {
        var response = Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"Aloitepolku\", charset=\"UTF-8\"");
        }
        return response.build();
    }

    public static Response of(Locale locale, int status, String type, String detailKey, Object... args) {
        String titleKey = Texts.has(locale, "problem." + type + ".title") ? "problem." + type + ".title" : "problem.http.title";
        return response(new Problem("/problems/" + type, Texts.get(locale, titleKey), status,
                Texts.get(locale, detailKey, args), List.of()));
    }
}
