package fi.aloitepolku.initiative.application;

import java.util.List;

/**
 * The orders of the staff list. Each ends in the case id, so that a row's place is unique and a page can start
 * right after (or before) a row: keyset pages, each read from an index, however deep in 100,000 cases.
 */
public enum StaffCaseSort {
    RECEIVED("receivedOn", List.of("i.received_on", "i.id")),
    UPDATED("updatedAt", List.of("i.updated_at", "i.id")),
    TITLE("title", List.of("i.title", "i.id")),
    /** Status, then by receipt within it: the (status, received_on, id) index serves it. */
    STATUS("status", List.of("i.status", "i.received_on", "i.id"));

    private final String field;
    private final List<String> columns;

    StaffCaseSort(String field, List<String> columns) {
        this.field = field;
        this.columns = columns;
    }

    /** The table's column field; anything else (or nothing) is the default, newest received first. */
    public static StaffCaseSort ofField(String field) {
        for (StaffCaseSort sort : values()) {
            if (sort.field.equals(field)) {
                return sort;
            }
        }
        return RECEIVED;
    }

    List<String> columns() {
        return columns;
    }

    /** The row's values of this order's columns, in order: where a page next to it starts. */
    List<Object> keysOf(StaffCaseRow row) {
        return switch (this) {
            case RECEIVED -> List.of(row.receivedOn(), row.id());
            case UPDATED -> List.of(row.updatedAt(), row.id());
            case TITLE -> List.of(row.title(), row.id());
            case STATUS -> List.of(row.status().name(), row.receivedOn(), row.id());
        };
    }
}
