package fi.aloitepolku.municipality.domain;

/**
 * A municipality's own promises to initiators, in days from receipt; null where it sets none. They come on top
 * of the statutory six months and never replace it.
 */
public record ServiceTargets(Integer acknowledgeDays, Integer firstAnswerDays, Integer decisionDays) {

    public static final int MAX_DAYS = 3650;

    public static ServiceTargets none() {
        return new ServiceTargets(null, null, null);
    }
}
