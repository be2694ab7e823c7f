package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.InitiativeStatus;

/**
 * The staff list's filters; null means "any". {@code agentUsername} narrows to one agent's cases. {@code scope}
 * is the account's municipalities (null: the whole deployment), set by the query itself from the access scope.
 */
public record StaffCaseFilter(Long municipalityId, InitiativeStatus status, String text, String agentUsername,
                              java.util.Set<Long> scope) implements java.io.Serializable {

    public StaffCaseFilter(Long municipalityId, InitiativeStatus status, String text, String agentUsername) {
        this(municipalityId, status, text, agentUsername, null);
    }

    StaffCaseFilter within(java.util.Set<Long> municipalities) {
        return new StaffCaseFilter(municipalityId, status, text, agentUsername,
                municipalities == null ? null : java.util.Set.copyOf(municipalities));
    }
}
