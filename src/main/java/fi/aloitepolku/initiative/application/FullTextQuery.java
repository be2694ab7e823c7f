package fi.aloitepolku.initiative.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a resident typed, as search words: lower case, split at anything but a letter or a digit, words shorter
 * than the indexes' minimum (3) left out, at most eight. Each word is searched as a prefix (so "uimara" finds
 * "uimaranta" and "uimarannalle"). Operators in the input are dropped, so no input can change a query's meaning.
 * The same split as the database view {@code initiative_word} that fills the term index (migration V46).
 */
public final class FullTextQuery {

    static final int MIN_WORD = 3;
    static final int MAX_WORDS = 8;
    /** The term index keeps a word's first 64 characters. */
    static final int MAX_TERM = 64;

    private FullTextQuery() {
    }

    /** The words to search, in the order typed, each at most {@value #MAX_TERM} characters. */
    public static List<String> words(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= MIN_WORD)
                .map(w -> w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w)
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    /** The MariaDB boolean-mode full-text query (every word required, as a prefix), or null when nothing searchable was typed. */
    public static String of(String typed) {
        return ofWords(words(typed));
    }

    /** The boolean-mode query of words already split by {@link #words}, or null when there are none. */
    public static String ofWords(List<String> words) {
        String query = words.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" "));
        return query.isEmpty() ? null : query;
    }
}
