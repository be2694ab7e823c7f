package fi.aloitepolku.council.domain;

/** A member's role in a council. */
public enum MemberRole {
    CHAIR,
    VICE_CHAIR,
    SECRETARY,
    MEMBER
}
