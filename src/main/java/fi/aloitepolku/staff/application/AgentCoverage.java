package fi.aloitepolku.staff.application;

import fi.aloitepolku.municipality.domain.Theme;
import java.util.Set;

/** What an agent covers, as an administrator sets it; {@code version} is the account version it started from. */
public record AgentCoverage(Set<Long> municipalityIds, Set<Theme> themes, Set<Long> districtIds, Long version) {
}
