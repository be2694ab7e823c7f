package fi.aloitepolku.staff.application;

/** A staff member (an agent, a preparer) as a choice in forms. */
public record StaffOption(long id, String username, String displayName) {
}
