package fi.aloitepolku.process.application;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.process.domain.Responsible;
import fi.aloitepolku.process.domain.StepState;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** One line of a case's checklist, for staff (notes included). */
public record CaseStepView(long id, int position, String nameFi, String nameSv, String nameEn, Responsible responsible,
                           boolean optional, InitiativeStatus requiredBefore, StepState state, LocalDate doneOn,
                           LocalDate dueOn, String doneBy, String note, boolean publicEntry, long version,
                           List<LinkView> links) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }

    public boolean overdue(LocalDate today) {
        return fi.aloitepolku.process.domain.CaseStep.overdue(state, dueOn, today);
    }
}
