package fi.aloitepolku.hearing.application;

import fi.aloitepolku.hearing.application.HearingView.AttachmentView;
import fi.aloitepolku.hearing.domain.Hearing;
import fi.aloitepolku.hearing.domain.HearingKind;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read side of hearings: one statement per case whatever the number of hearings or attachments (the
 * hearings left-joined with their attachments), and one per calendar feed.
 */
@ApplicationScoped
public class HearingQueries {

    /** Only cases of the account's municipalities. */
    @jakarta.inject.Inject
    fi.aloitepolku.initiative.application.CaseAccess access;

    /** A feed covers recent and coming hearings; older ones drop out so the feed stays small. */
    static final int FEED_PAST_DAYS = 365;
    static final int FEED_MAX_ENTRIES = 500;

    private static final String COLUMNS = "select h.id, h.kind, h.title, h.opens_on, h.closes_on, h.starts_at, "
            + "h.ends_at, h.place, h.accessibility, h.attendance, h.url, h.summary, h.version, a.url, a.label "
            + "from hearing h left join hearing_attachment a on a.hearing_id = h.id ";

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    /** A case's hearings, in the order they happen. */
    public List<HearingView> forCase(long initiativeId) {
        access.requireVisible(initiativeId);
        return of(initiativeId);
    }

    private List<HearingView> of(long initiativeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "where h.initiative_id = ?1 "
                        + "order by coalesce(h.opens_on, date(h.starts_at)), h.id, a.position")
                .setParameter(1, initiativeId)
                .getResultList();
        Map<Long, HearingView> hearings = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            var view = hearings.computeIfAbsent(id, k -> new HearingView(id, HearingKind.valueOf((String) r[1]),
                    (String) r[2], date(r[3]), date(r[4]), wallClock(instant(r[5])), wallClock(instant(r[6])),
                    (String) r[7], (String) r[8], r[9] == null ? null : ((Number) r[9]).intValue(), (String) r[10],
                    (String) r[11], new ArrayList<>(), ((Number) r[12]).longValue()));
            if (r[13] != null) {
                view.attachments().add(new AttachmentView((String) r[13], (String) r[14]));
            }
        }
        return List.copyOf(hearings.values());
    }

    public HearingView one(long initiativeId, long hearingId) {
        access.requireVisible(initiativeId);
        return forCase(initiativeId).stream().filter(h -> h.id() == hearingId).findFirst()
                .orElseThrow(() -> new fi.aloitepolku.platform.rules.NotFound("hearing", hearingId));
    }

    /** What residents see of a case's hearings: the summary only once a hearing is over. */
    public List<PublicHearing> publicForCase(long initiativeId) {
        LocalDate today = time.today();
        Instant now = time.now();
        return of(initiativeId).stream().map(h -> {
            Instant starts = instant(h.startsAt());
            Instant ends = instant(h.endsAt());
            boolean closed = Hearing.closed(h.kind(), h.closesOn(), starts, ends, today, now);
            return new PublicHearing(h.id(), h.kind(), h.title(), h.opensOn(), h.closesOn(), starts, ends, h.place(),
                    h.accessibility(), h.url(), closed, closed ? h.summary() : null, h.attachments());
        }).toList();
    }

    /** Recent and coming hearings of one municipality (by its Statistics Finland code), for its calendar. */
    public List<CalendarEntry> calendarOfMunicipality(String municipalityCode) {
        return calendar("join municipality m on m.id = i.municipality_id where m.code = ?1", municipalityCode);
    }

    public List<CalendarEntry> calendarOfCase(long initiativeId) {
        return calendar("where i.id = ?1", initiativeId);
    }

    /** Whether a municipality with this code exists, so an unknown one is a 404 rather than an empty feed. */
    public boolean municipalityExists(String code) {
        return !em.createNativeQuery("select 1 from municipality where code = ?1").setParameter(1, code)
                .getResultList().isEmpty();
    }

    private List<CalendarEntry> calendar(String where, Object parameter) {
        LocalDate since = time.today().minusDays(FEED_PAST_DAYS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select h.id, i.id, i.title, h.kind, h.title, h.opens_on, "
                        + "h.closes_on, h.starts_at, h.ends_at, h.place, h.accessibility, h.url, h.updated_at "
                        + "from hearing h join initiative i on i.id = h.initiative_id " + where
                        + " and " + fi.aloitepolku.initiative.application.PublicCases.sql("i")
                        + " and coalesce(h.closes_on, h.opens_on, date(h.starts_at)) >= ?2 "
                        + "order by coalesce(h.opens_on, date(h.starts_at)), h.id limit " + FEED_MAX_ENTRIES)
                .setParameter(1, parameter)
                .setParameter(2, since)
                .getResultList();
        return rows.stream().map(r -> new CalendarEntry(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], HearingKind.valueOf((String) r[3]), (String) r[4], date(r[5]), date(r[6]),
                instant(r[7]), instant(r[8]), (String) r[9], (String) r[10], (String) r[11], instant(r[12]))).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** DATETIME(6) columns hold UTC. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return value instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC) : (Instant) value;
    }

    private static Instant instant(LocalDateTime helsinkiWallClock) {
        return helsinkiWallClock == null ? null : helsinkiWallClock.atZone(HelsinkiTime.ZONE).toInstant();
    }

    private static LocalDateTime wallClock(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, HelsinkiTime.ZONE);
    }
}
