package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.CouncilKind;
import java.time.LocalDate;

/** A council's statement as residents see it: the body, the date, the text or a link. No internal note. */
public record PublicStatement(long id, CouncilKind councilKind, String councilNameFi, String councilNameSv,
                              LocalDate receivedOn, String text, String url) {

    public String councilName(java.util.Locale locale) {
        return "sv".equals(locale.getLanguage()) && councilNameSv != null ? councilNameSv : councilNameFi;
    }
}
