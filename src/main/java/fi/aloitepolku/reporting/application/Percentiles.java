package fi.aloitepolku.reporting.application;

import java.util.List;

/** Percentiles by the nearest-rank method: the value below which p % of the sorted values fall, no averaging. */
public final class Percentiles {

    private Percentiles() {
    }

    /** @param sorted values in ascending order; null when there are none */
    public static Double of(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return (double) sorted.get(Math.max(1, rank) - 1);
    }

    /** The median: the middle value, or the mean of the two middle ones. */
    public static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? (double) sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
