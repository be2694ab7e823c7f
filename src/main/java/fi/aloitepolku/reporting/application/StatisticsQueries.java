package fi.aloitepolku.reporting.application;

import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates over initiatives received in a period (Helsinki dates, both ends included), for one municipality or
 * all: a fixed number of grouped statements. A reader of the other features' tables, as reports are.
 */
@ApplicationScoped
public class StatisticsQueries {

    static final int MAX_DAYS = 366 * 10;
    static final int SUPPRESS_BELOW = 5;
    /** How many of a group's cases residents may not see. */
    private static final String HIDDEN = "sum(not (" + fi.aloitepolku.initiative.application.PublicCases.sql("i") + "))";

    @PersistenceContext
    EntityManager em;

    public Figures figures(Long municipalityId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new RuleViolation("from", "statistics.period.invalid");
        }
        String scope = " from initiative i where i.received_on between ?1 and ?2"
                + (municipalityId == null ? " and ?3 is null" : " and i.municipality_id = ?3");
        Map<String, Long> perMonth = grouped("select date_format(i.received_on, '%Y-%m'), count(*), " + HIDDEN + scope
                + " group by 1 order by 1", municipalityId, from, to);
        Map<String, Long> byChannel = grouped("select i.channel, count(*), " + HIDDEN + scope + " group by 1 order by 2 desc, 1",
                municipalityId, from, to);
        Map<String, Long> byTheme = grouped("select coalesce(i.theme, '-'), count(*), " + HIDDEN + scope
                + " group by 1 order by 2 desc, 1", municipalityId, from, to);
        var statuses = breakdown("select i.status, count(*), " + HIDDEN + scope + " group by 1 order by 2 desc, 1",
                municipalityId, from, to);
        Map<String, Long> byStatus = statuses.counts();
        long received = statuses.total();

        @SuppressWarnings("unchecked")
        List<Object[]> decided = bind(em.createNativeQuery("select i.received_on, min(e.occurred_at) from initiative i "
                + "join case_event e on e.initiative_id = i.id and e.status_after in ('DECIDED', 'DECISION_COMMUNICATED', "
                + "'CLOSED') where i.received_on between ?1 and ?2"
                + (municipalityId == null ? " and ?3 is null" : " and i.municipality_id = ?3")
                + " group by i.id, i.received_on"), municipalityId, from, to).getResultList();
        List<Long> days = new ArrayList<>();
        for (Object[] r : decided) {
            LocalDate decidedOn = SqlValues.instant(r[1]).atZone(fi.aloitepolku.platform.time.HelsinkiTime.ZONE)
                    .toLocalDate();
            days.add(Math.max(0, ChronoUnit.DAYS.between(SqlValues.date(r[0]), decidedOn)));
        }
        days.sort(null);

        Object[] targets = (Object[]) bind(em.createNativeQuery("select "
                + "sum(d.kind = 'STATUTORY_COUNCIL' and d.met_on is not null), "
                + "sum(d.kind = 'STATUTORY_COUNCIL' and d.met_on <= d.due_on), "
                + "sum(d.kind = 'DECISION' and d.met_on is not null), "
                + "sum(d.kind = 'DECISION' and d.met_on <= d.due_on) "
                + "from initiative i join case_deadline d on d.initiative_id = i.id where i.received_on between ?1 and ?2"
                + (municipalityId == null ? " and ?3 is null" : " and i.municipality_id = ?3")), municipalityId, from, to)
                .getSingleResult();
        long hearings = count("select count(*) from hearing h join initiative i on i.id = h.initiative_id "
                + "where i.received_on between ?1 and ?2", municipalityId, from, to);
        Object[] statements = (Object[]) bind(em.createNativeQuery("select count(*), sum(r.state = 'RECEIVED') "
                + "from statement_request r join initiative i on i.id = r.initiative_id where i.received_on between ?1 and ?2"
                + (municipalityId == null ? " and ?3 is null" : " and i.municipality_id = ?3")), municipalityId, from, to)
                .getSingleResult();
        return new Figures(received, perMonth, byChannel, byTheme, byStatus, days.size(), Percentiles.median(days),
                Percentiles.of(days, 90), number(targets[0]), number(targets[1]), number(targets[2]),
                number(targets[3]), hearings, number(statements[0]), number(statements[1]));
    }

    /**
     * A breakdown's rows. A row of fewer than {@value #SUPPRESS_BELOW} cases that holds a case residents may not
     * see (confidential or not yet screened) has no count (null, shown "<5"), so that no breakdown narrows such a
     * case down; totals count every case.
     */
    private Map<String, Long> grouped(String sql, Long municipalityId, LocalDate from, LocalDate to) {
        return breakdown(sql, municipalityId, from, to).counts();
    }

    /** A breakdown's shown counts, and the number of cases in it (suppressed rows included). */
    private record Breakdown(Map<String, Long> counts, long total) {
    }

    private Breakdown breakdown(String sql, Long municipalityId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), municipalityId, from, to).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(String.valueOf(r[0]), suppressed(number(r[1]), number(r[2])) ? null : number(r[1])));
        return new Breakdown(counts, rows.stream().mapToLong(r -> number(r[1])).sum());
    }

    static boolean suppressed(long count, long hidden) {
        return hidden > 0 && count < SUPPRESS_BELOW;
    }

    private long count(String sql, Long municipalityId, LocalDate from, LocalDate to) {
        return number(bind(em.createNativeQuery(sql + (municipalityId == null ? " and ?3 is null"
                : " and i.municipality_id = ?3")), municipalityId, from, to).getSingleResult());
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, Long municipalityId, LocalDate from,
                                                  LocalDate to) {
        return q.setParameter(1, from).setParameter(2, to).setParameter(3, municipalityId);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
