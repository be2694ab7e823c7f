package fi.aloitepolku.process.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A done step as residents see it: its name, when, and its public links. Notes and names of staff stay out. */
public record PublicStep(long id, int position, String nameFi, String nameSv, String nameEn, LocalDate doneOn,
                         List<LinkView> links) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }
}
