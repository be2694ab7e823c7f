package fi.aloitepolku.reporting.application;

import fi.aloitepolku.platform.rules.RuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A reporting period as typed in a URL (yyyy-mm-dd, either end may be left out for its default). */
public record Period(LocalDate from, LocalDate to) {

    public static Period of(String from, String to, LocalDate defaultFrom, LocalDate defaultTo) {
        return new Period(date(from, defaultFrom), date(to, defaultTo));
    }

    /** This year so far: the statistics' default. */
    public static Period thisYear(String from, String to) {
        return of(from, to, LocalDate.now().withDayOfYear(1), LocalDate.now());
    }

    /** Last year: the annual report's default, made after the year it covers. */
    public static Period lastYear(String from, String to) {
        var last = LocalDate.now().minusYears(1);
        return of(from, to, last.withDayOfYear(1), last.withMonth(12).withDayOfMonth(31));
    }

    private static LocalDate date(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("from", "statistics.period.invalid");
        }
    }
}
