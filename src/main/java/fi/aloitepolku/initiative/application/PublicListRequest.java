package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.platform.rules.RuleViolation;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The public list's filters as they come in a URL, read the same way for the residents' page and the API:
 * empty means "any"; an unknown value is refused by name (the API answers 400, the page says so politely).
 */
public record PublicListRequest(String municipality, String status, String q, String theme, String district,
                                String year, String channel, String sort) {

    static final int FIRST_YEAR = 1990;

    public PublicListFilter filter() {
        Integer y = number("year", year) == null ? null : number("year", year).intValue();
        if (y != null && (y < FIRST_YEAR || y > LocalDate.now().getYear() + 1)) {
            throw new RuleViolation("year", "filter.year.range", FIRST_YEAR);
        }
        return new PublicListFilter(number("municipality", municipality), value("status", status, InitiativeStatus.class),
                q, value("theme", theme, Theme.class), number("district", district), y,
                value("channel", channel, Channel.class),
                sort == null || sort.isBlank() ? PublicListFilter.Sort.NEWEST
                        : value("sort", sort.toUpperCase(java.util.Locale.ROOT), PublicListFilter.Sort.class));
    }

    private static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "request.id.malformed", value);
        }
    }

    private static <E extends Enum<E>> E value(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> "status".equals(field)
                        ? new RuleViolation(field, "initiative.status.unknown", value)
                        : new RuleViolation(field, "filter.value.unknown", field, value));
    }
}
