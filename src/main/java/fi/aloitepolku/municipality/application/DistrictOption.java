package fi.aloitepolku.municipality.application;

import java.util.Locale;

/** A district as a choice in forms and filters. */
public record DistrictOption(long id, long municipalityId, String nameFi, String nameSv) {

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
    }
}
