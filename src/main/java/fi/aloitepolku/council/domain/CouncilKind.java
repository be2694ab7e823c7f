package fi.aloitepolku.council.domain;

/** Influence bodies: the three the Local Government Act requires (§§ 26–28), and others a municipality sets up. */
public enum CouncilKind {
    YOUTH,
    ELDERLY,
    DISABILITY,
    AREA_FORUM,
    RESIDENT_PANEL,
    OTHER;

    public boolean statutory() {
        return this == YOUTH || this == ELDERLY || this == DISABILITY;
    }
}
