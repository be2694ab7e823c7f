package fi.aloitepolku.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Values of native query rows as java.time types. The driver hands out java.sql types or java.time ones depending
 * on the column and its settings; DATETIME columns hold UTC (the JVM runs with user.timezone=UTC).
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
