package fi.aloitepolku.initiative.application;

import java.util.List;
import java.util.StringJoiner;

/** The SQL condition of a keyset page (the public list, the staff list): rows beyond a given row in a multi-column order. */
final class Keyset {

    private Keyset() {
    }

    /**
     * {@code " and ((c1 > ?) or (c1 = ? and c2 > ?) or …)"} with {@code <} when the order runs down. Written
     * out rather than as a row comparison: MariaDB turns these into an index range, and row comparisons not.
     */
    static String beyond(List<String> columns, List<Object> keys, boolean up, List<Object> params) {
        String comparison = up ? " > " : " < ";
        var any = new StringJoiner(" or ", " and (", ")");
        for (int i = 0; i < columns.size(); i++) {
            var all = new StringJoiner(" and ", "(", ")");
            for (int j = 0; j < i; j++) {
                params.add(keys.get(j));
                all.add(columns.get(j) + " = ?" + params.size());
            }
            params.add(keys.get(i));
            all.add(columns.get(i) + comparison + "?" + params.size());
            any.add(all.toString());
        }
        return any.toString();
    }
}
