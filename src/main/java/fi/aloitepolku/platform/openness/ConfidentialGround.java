package fi.aloitepolku.platform.openness;

/**
 * The commonest grounds in a municipality for keeping a document secret under the Act on the Openness of
 * Government Activities (621/1999) §24(1): the subsection is what the marking cites. One list for the case and
 * for each of its parts, so every feature validates the same way.
 */
public enum ConfidentialGround {
    /** Security arrangements of buildings, systems and services. */
    JULKL_24_1_7("JulkL 24 § 1 mom. 7 k"),
    /** Preventing crime or preparing for emergencies. */
    JULKL_24_1_8("JulkL 24 § 1 mom. 8 k"),
    /** An inspection or supervision before it is done. */
    JULKL_24_1_15("JulkL 24 § 1 mom. 15 k"),
    /** The municipality's own business or negotiating position. */
    JULKL_24_1_17("JulkL 24 § 1 mom. 17 k"),
    /** A private business or trade secret. */
    JULKL_24_1_20("JulkL 24 § 1 mom. 20 k"),
    /** A person's income, assets or support. */
    JULKL_24_1_23("JulkL 24 § 1 mom. 23 k"),
    /** A social welfare or health care client, a person's health. */
    JULKL_24_1_25("JulkL 24 § 1 mom. 25 k"),
    /** A pupil's or student's circumstances. */
    JULKL_24_1_30("JulkL 24 § 1 mom. 30 k"),
    /** A person's home, private life or safety. */
    JULKL_24_1_31("JulkL 24 § 1 mom. 31 k"),
    /** A person's beliefs, leisure, family life or other private circumstances. */
    JULKL_24_1_32("JulkL 24 § 1 mom. 32 k");

    private final String citation;

    ConfidentialGround(String citation) {
        this.citation = citation;
    }

    /** How the marking is written on documents ("JulkL 24 § 1 mom. 25 k"). */
    public String citation() {
        return citation;
    }
}
