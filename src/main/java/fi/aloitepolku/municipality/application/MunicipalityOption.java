package fi.aloitepolku.municipality.application;

import java.util.Locale;

/** A municipality as a choice in forms and filters. */
public record MunicipalityOption(long id, String code, String nameFi, String nameSv) {

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
    }
}
