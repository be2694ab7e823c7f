package fi.aloitepolku.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times are stored in UTC and shown in Europe/Helsinki, where the municipalities are. Dates that a
 * person enters (e.g. when an initiative was received) are Helsinki calendar dates.
 */
@Named("time")
@ApplicationScoped
public class HelsinkiTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");

    private final Clock clock;

    public HelsinkiTime() {
        this(Clock.systemUTC());
    }

    public HelsinkiTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** d.M.yyyy: the Finnish form, also usual in Swedish-speaking Finland. */
    /** The Helsinki calendar day an instant falls on. */
    public LocalDate toHelsinkiDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
