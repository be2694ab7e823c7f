package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.municipality.domain.Theme;

/**
 * What residents (and API clients) narrow the public list by; null means "any". {@code year} is the year of
 * receipt; {@code sort} newest received first, or latest activity first.
 */
public record PublicListFilter(Long municipalityId, InitiativeStatus status, String words, Theme theme,
                               Long districtId, Integer year, Channel channel, Sort sort) {

    public enum Sort {
        NEWEST,
        ACTIVITY
    }

    public static PublicListFilter of(Long municipalityId, InitiativeStatus status, String words) {
        return new PublicListFilter(municipalityId, status, words, null, null, null, null, Sort.NEWEST);
    }

    public Sort sortOrNewest() {
        return sort == null ? Sort.NEWEST : sort;
    }
}
