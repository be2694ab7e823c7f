package fi.aloitepolku.initiative.application;

import fi.aloitepolku.platform.paging.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * How the public list finds cases by the words typed, through the term index ({@code initiative_term}): one
 * word drives (the newest cases of each term it starts, read from the top of each term's index range and merged),
 * every other word is checked case by case. Where a word starts too many terms to merge, and no other word can
 * drive, the list falls back to MariaDB's full-text index.
 */
@ApplicationScoped
class TermSearch {

    /** More terms than this under one typed prefix ("kat…"): that word is checked case by case, not merged. */
    static final int MAX_TERMS_PER_WORD = 100;
    /** Enough postings to tell a rare word from a common one, few enough to count in well under a millisecond. */
    static final int COUNT_CAP = 2000;

    @PersistenceContext
    EntityManager em;

    /** The words' plan, or null when the full-text index should serve them. One or two statements. */
    Plan plan(List<String> words) {
        List<List<String>> terms = expand(words);
        if (terms.stream().anyMatch(List::isEmpty)) {
            return Plan.NOTHING;
        }
        List<Integer> mergeable = IntStream.range(0, words.size())
                .filter(i -> terms.get(i).size() <= MAX_TERMS_PER_WORD).boxed().toList();
        if (mergeable.isEmpty()) {
            return null;
        }
        int driving = mergeable.size() == 1 ? mergeable.getFirst() : rarest(mergeable, terms);
        var others = new ArrayList<>(words);
        others.remove(driving);
        return new Plan(terms.get(driving), others);
    }

    /** Each word's terms in the dictionary, up to one more than can be merged. */
    private List<List<String>> expand(List<String> words) {
        var sql = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append("(select ").append(i)
                    .append(", term from search_term where term like ?").append(i + 1)
                    .append(" order by term limit ").append(MAX_TERMS_PER_WORD + 1).append(")");
        }
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < words.size(); i++) {
            // Words hold letters and digits only (FullTextQuery), so nothing in them is a LIKE wildcard
            query.setParameter(i + 1, words.get(i) + "%");
        }
        List<List<String>> terms = new ArrayList<>();
        words.forEach(w -> terms.add(new ArrayList<>()));
        for (Object row : query.getResultList()) {
            var r = (Object[]) row;
            terms.get(((Number) r[0]).intValue()).add((String) r[1]);
        }
        return terms;
    }

    /** The word with the fewest cases, counted up to {@link #COUNT_CAP} each, in one statement. */
    private int rarest(List<Integer> candidates, List<List<String>> terms) {
        var sql = new StringBuilder("select ");
        List<String> params = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            var placeholders = new StringBuilder();
            for (String term : terms.get(candidates.get(c))) {
                params.add(term);
                placeholders.append(placeholders.isEmpty() ? "" : ", ").append("?").append(params.size());
            }
            sql.append(c == 0 ? "" : ", ").append("(select count(*) from (select 1 from initiative_term where term in (")
                    .append(placeholders).append(") limit ").append(COUNT_CAP).append(") c").append(c).append(")");
        }
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        Object result = query.getSingleResult();
        Object[] counts = result instanceof Object[] row ? row : new Object[] {result};
        return IntStream.range(0, candidates.size()).boxed()
                .min(Comparator.comparingLong(c -> ((Number) counts[c]).longValue()))
                .map(candidates::get).orElseThrow();
    }

    /**
     * The page's (case, received) pairs as a derived table: for each term of the driving word, its newest cases
     * that pass the filters and have the other words, read from the top of that term's index range; then merged,
     * a case with two of the terms counted once. Each branch stops after {@code limit} rows, so a word in
     * ten thousand cases costs what a rare one does. {@code caseConditions} appends the list's filters on the
     * case {@code i}, given the column of the receipt date to range over.
     */
    static void appendMerge(StringBuilder sql, List<Object> params, Plan plan, Cursor after, int limit,
            Consumer<String> caseConditions) {
        sql.append("(select distinct x.initiative_id, x.received_on from (");
        for (int b = 0; b < plan.drivingTerms().size(); b++) {
            params.add(plan.drivingTerms().get(b));
            sql.append(b == 0 ? "" : " union all ").append("(select straight_join t.initiative_id, t.received_on "
                    + "from initiative_term t join initiative i on i.id = t.initiative_id where t.term = ?")
                    .append(params.size());
            for (String word : plan.otherWords()) {
                // A scalar subquery, not EXISTS: MariaDB would turn EXISTS into a semi-join that reads the word's every case
                params.add(word + "%");
                sql.append(" and (select 1 from initiative_term o where o.initiative_id = t.initiative_id and o.term like ?")
                        .append(params.size()).append(" limit 1) is not null");
            }
            caseConditions.accept("t.received_on");
            if (after != null) {
                sql.append(Keyset.beyond(List.of("t.received_on", "t.initiative_id"), List.of(after.date(), after.id()),
                        false, params));
            }
            sql.append(" order by t.received_on desc, t.initiative_id desc limit ").append(limit).append(")");
        }
        sql.append(") x order by x.received_on desc, x.initiative_id desc limit ").append(limit).append(")");
    }

    /**
     * The terms whose cases are merged, newest first, and the other words each case must also have (as prefixes).
     * {@link #NOTHING} when a word is in no case at all.
     */
    record Plan(List<String> drivingTerms, List<String> otherWords) {
        static final Plan NOTHING = new Plan(List.of(), List.of());

        boolean findsNothing() {
            return drivingTerms.isEmpty();
        }
    }
}
