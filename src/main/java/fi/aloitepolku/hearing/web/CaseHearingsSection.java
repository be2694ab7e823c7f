package fi.aloitepolku.hearing.web;

import fi.aloitepolku.hearing.application.HearingQueries;
import fi.aloitepolku.hearing.application.HearingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The hearings part of the staff case page. */
@Named
@RequestScoped
public class CaseHearingsSection {

    @Inject
    HearingQueries queries;

    private List<HearingView> hearings;

    private static final java.time.format.DateTimeFormatter WALL_CLOCK =
            java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");

    /** When the hearing happens: a meeting's start, or a period's first and last day (Helsinki). */
    public String when(HearingView h) {
        if (h.startsAt() != null) {
            return WALL_CLOCK.format(h.startsAt());
        }
        return h.opensOn().format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")) + "–"
                + (h.closesOn() == null ? "" : h.closesOn().format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")));
    }

    public List<HearingView> getHearings() {
        if (hearings == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                hearings = queries.forCase(Long.parseLong(id == null ? "" : id.trim()));
            } catch (NumberFormatException e) {
                hearings = List.of();
            }
        }
        return hearings;
    }
}
