package fi.aloitepolku.staff.application;

/** A participation agent as a choice in forms. */
public record AgentOption(long id, String username, String displayName) {
}
