package fi.aloitepolku.reporting.application;

import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The annual report's content in three statements, however many initiatives: municipality, rows, measures. */
@ApplicationScoped
public class AnnualReportQueries {

    static final int MAX_ROWS = 2000;

    @PersistenceContext
    EntityManager em;

    private static boolean isPublic(Object flag) {
        return flag instanceof Boolean b ? b : flag != null && ((Number) flag).intValue() != 0;
    }

    public AnnualReport report(long municipalityId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 3700) {
            throw new RuleViolation("from", "statistics.period.invalid");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> municipality = em.createNativeQuery("select name_fi, name_sv from municipality where id = ?1")
                .setParameter(1, municipalityId).getResultList();
        if (municipality.isEmpty()) {
            throw new NotFound("municipality", municipalityId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, i.title, i.received_on, i.signatory_count, i.status, d.citation, d.meeting_date,
                       %s, i.public_title
                from initiative i left join decision_record d on d.initiative_id = i.id
                where i.municipality_id = ?1 and i.council_competence = true and i.received_on between ?2 and ?3
                order by i.received_on, i.id limit %d
                """.formatted(fi.aloitepolku.initiative.application.PublicCases.sql("i"), MAX_ROWS)).setParameter(1, municipalityId).setParameter(2, from).setParameter(3, to)
                .getResultList();
        Map<Long, List<ReportRow.Measure>> measures = new HashMap<>();
        if (!rows.isEmpty()) {
            String ids = rows.stream().map(r -> String.valueOf(SqlValues.number(r[0]))).collect(Collectors.joining(","));
            @SuppressWarnings("unchecked")
            List<Object[]> events = em.createNativeQuery("select initiative_id, occurred_at, status_after, public_note "
                    + "from case_event where initiative_id in (" + ids + ") and public_entry = true "
                    + "and status_after is not null order by initiative_id, occurred_at, id").getResultList();
            for (Object[] e : events) {
                measures.computeIfAbsent(SqlValues.number(e[0]), k -> new ArrayList<>()).add(new ReportRow.Measure(
                        SqlValues.instant(e[1]).atZone(HelsinkiTime.ZONE).toLocalDate(), (String) e[2], (String) e[3]));
            }
        }
        List<ReportRow> result = rows.stream().map(r -> isPublic(r[7])
                ? new ReportRow(SqlValues.number(r[0]), (String) r[1], SqlValues.date(r[2]), ((Number) r[3]).intValue(),
                        (String) r[4], (String) r[5], SqlValues.date(r[6]),
                        measures.getOrDefault(SqlValues.number(r[0]), List.of()), false)
                : ReportRow.nonPublic(SqlValues.number(r[0]), (String) r[8], SqlValues.date(r[2]), (String) r[4],
                        measures.getOrDefault(SqlValues.number(r[0]), List.of()))).toList();
        return new AnnualReport(municipalityId, (String) municipality.getFirst()[0], (String) municipality.getFirst()[1],
                from, to, result);
    }
}
