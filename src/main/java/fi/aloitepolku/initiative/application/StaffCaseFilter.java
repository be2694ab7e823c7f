package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.InitiativeStatus;

/** The staff list's filters; null means "any". {@code agentUsername} narrows to one agent's cases. */
public record StaffCaseFilter(Long municipalityId, InitiativeStatus status, String text, String agentUsername) implements java.io.Serializable {
}
