package fi.aloitepolku.platform.api;

import fi.aloitepolku.platform.i18n.SupportedLocales;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of API messages: the best of fi/sv/en in Accept-Language, Finnish when none fits. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(ContainerRequestContext request) {
        return SupportedLocales.bestOf(request.getAcceptableLanguages());
    }

    public static Locale of(HttpHeaders headers) {
        return headers == null ? SupportedLocales.DEFAULT : SupportedLocales.bestOf(headers.getAcceptableLanguages());
    }
}
