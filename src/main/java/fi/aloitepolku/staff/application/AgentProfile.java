package fi.aloitepolku.staff.application;

import fi.aloitepolku.municipality.domain.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An agent as the administrator's agent page and the API show them. */
public record AgentProfile(long id, String username, String displayName, Set<Long> municipalityIds,
                           Set<Theme> themes, Set<Long> districtIds, List<AbsenceEntry> absences, long version) {

    /** A recorded absence; {@code substituteName} is null when nobody stands in. */
    public record AbsenceEntry(long id, LocalDate startsOn, LocalDate endsOn, Long substituteId,
                               String substituteName, String note) {
    }
}
