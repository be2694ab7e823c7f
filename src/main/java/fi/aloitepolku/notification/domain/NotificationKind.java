package fi.aloitepolku.notification.domain;

/**
 * What a staff member is told about. Texts are {@code notification.<KIND>.subject} and {@code .body} with
 * arguments {0} case number, {1} case title, then: CASE_ASSIGNED {2} the reason; the deadline kinds {2} the
 * deadline's name and {3} its date.
 */
public enum NotificationKind {
    CASE_ASSIGNED,
    DEADLINE_APPROACHING,
    DEADLINE_PASSED,
    /** A deadline of a case nobody owns: for administrators. */
    CASE_UNASSIGNED_DEADLINE,
    /** An administrator checks the mail settings. */
    TEST_MESSAGE
}
