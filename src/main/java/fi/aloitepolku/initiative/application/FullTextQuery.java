package fi.aloitepolku.initiative.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a resident typed into a MariaDB boolean-mode query: every word required, each as a prefix
 * (so "uimara" finds "uimaranta" and "uimarannalle"). Operators in the input are dropped,
 * so no input can change the query's meaning; words shorter than the index's minimum (3) are left out.
 */
public final class FullTextQuery {

    static final int MIN_WORD = 3;
    static final int MAX_WORDS = 8;

    private FullTextQuery() {
    }

    /** The boolean-mode query, or null when nothing searchable was typed. */
    public static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String query = Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= MIN_WORD)
                .limit(MAX_WORDS)
                .map(w -> "+" + w + "*")
                .collect(Collectors.joining(" "));
        return query.isEmpty() ? null : query;
    }
}
