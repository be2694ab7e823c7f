package fi.aloitepolku.staff.domain;

/** What a staff member may do: ADMIN runs the system, AGENT owns cases, PREPARER logs preparation. */
public enum StaffRole {
    ADMIN, AGENT, PREPARER
}
