package fi.aloitepolku.council.application;

import fi.aloitepolku.council.application.CouncilView.MemberView;
import fi.aloitepolku.council.domain.CouncilKind;
import fi.aloitepolku.council.domain.MemberRole;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Read side of the registry: records, a fixed number of statements per call. */
@ApplicationScoped
public class CouncilQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    HelsinkiTime time;

    @Inject
    fi.aloitepolku.staff.application.AccessScope scope;

    /** The councils staff see: those serving at least one of the account's municipalities. */
    public List<CouncilSummary> forStaff() {
        return list(scope.andCouncilServing("c.id"));
    }

    /** Every council, with the municipalities it serves and its open and overdue requests (public). */
    public List<CouncilSummary> list() {
        return list("");
    }

    private List<CouncilSummary> list(String condition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.kind, c.name_fi, c.name_sv, "
                        + "(select group_concat(m.name_fi order by m.name_fi separator ', ') from council_municipality cm "
                        + " join municipality m on m.id = cm.municipality_id where cm.council_id = c.id), "
                        + "(select count(*) from statement_request r where r.council_id = c.id and r.state = 'REQUESTED'), "
                        + "(select count(*) from statement_request r where r.council_id = c.id and r.state = 'REQUESTED' "
                        + " and r.deadline < ?1) "
                        + "from council c where 1 = 1" + condition + " order by c.name_fi, c.id")
                .setParameter(1, time.today())
                .getResultList();
        return rows.stream().map(r -> new CouncilSummary(((Number) r[0]).longValue(), CouncilKind.valueOf((String) r[1]),
                (String) r[2], (String) r[3], r[4] == null ? "" : r[4].toString(), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue())).toList();
    }

    /** The councils a case in this municipality may ask, for the request form. */
    public List<CouncilSummary> serving(long municipalityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.kind, c.name_fi, c.name_sv from council c "
                        + "join council_municipality cm on cm.council_id = c.id where cm.municipality_id = ?1 "
                        + "order by c.name_fi, c.id")
                .setParameter(1, municipalityId)
                .getResultList();
        return rows.stream().map(r -> new CouncilSummary(((Number) r[0]).longValue(), CouncilKind.valueOf((String) r[1]),
                (String) r[2], (String) r[3], "", 0, 0)).toList();
    }

    /** A council is the staff's to see when it serves one of their municipalities. */
    private boolean serves(Object municipalityList) {
        if (scope.everywhere()) {
            return true;
        }
        if (municipalityList == null || municipalityList.toString().isBlank()) {
            return false;
        }
        return java.util.Arrays.stream(municipalityList.toString().split(",")).map(String::trim)
                .anyMatch(m -> scope.covers(Long.parseLong(m)));
    }

    public CouncilView one(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.kind, c.name_fi, c.name_sv, c.version, "
                        + "(select group_concat(cm.municipality_id order by cm.municipality_id) from council_municipality cm "
                        + " where cm.council_id = c.id) from council c where c.id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("council", id);
        }
        Object[] c = rows.getFirst();
        if (!serves(c[5])) {
            throw new NotFound("council", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> memberRows = em.createNativeQuery("select name, role, valid_from, valid_until from council_member "
                        + "where council_id = ?1 order by position")
                .setParameter(1, id)
                .getResultList();
        List<MemberView> members = memberRows.stream().map(m -> new MemberView((String) m[0],
                MemberRole.valueOf((String) m[1]), date(m[2]), date(m[3]))).toList();
        List<Long> municipalities = new ArrayList<>();
        if (c[5] != null && !c[5].toString().isBlank()) {
            for (String part : c[5].toString().split(",")) {
                municipalities.add(Long.valueOf(part.trim()));
            }
        }
        return new CouncilView(((Number) c[0]).longValue(), CouncilKind.valueOf((String) c[1]), (String) c[2],
                (String) c[3], municipalities, members, ((Number) c[4]).longValue());
    }

    static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
