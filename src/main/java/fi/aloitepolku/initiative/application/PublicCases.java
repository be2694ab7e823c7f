package fi.aloitepolku.initiative.application;

/**
 * The one condition that says residents may see a case, for every public read in every feature (lists, search,
 * the initiative page and its cache stamps, feeds, calendars, open data, statistics' breakdowns, follower mail).
 * A case after screening or confidential appears nowhere public.
 */
public final class PublicCases {

    /** The same condition in JPQL, on an {@code Initiative} named {@code i}. */
    public static final String JPQL_I = "i.publicity = fi.aloitepolku.initiative.domain.Publicity.PUBLIC";

    private PublicCases() {
    }

    /** SQL: the case row aliased {@code alias} is public. */
    public static String sql(String alias) {
        return alias + ".publicity = 'PUBLIC'";
    }
}
