package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.paging.Cursor;
import fi.aloitepolku.platform.paging.KeysetPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read side of cases: each query selects only what its view shows, as records, in a fixed number of
 * statements per page. Public lists page by keyset on (received_on, id), which the indexes cover.
 */
@ApplicationScoped
public class InitiativeQueries {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    /** Newest first; {@code after} is the cursor of the previous page's last row. */
    public KeysetPage<PublicInitiativeSummary> publicList(Long municipalityId, InitiativeStatus status,
                                                          Cursor after, int pageSize) {
        return publicList(municipalityId, status, null, after, pageSize);
    }

    /** As above, and when {@code words} are given, only initiatives whose title or text has them all. */
    public KeysetPage<PublicInitiativeSummary> publicList(Long municipalityId, InitiativeStatus status, String words,
                                                          Cursor after, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        String match = FullTextQuery.of(words);
        if (match != null) {
            return search(match, municipalityId, status, after, size);
        }
        var jpql = new StringBuilder("select new fi.aloitepolku.initiative.application.PublicInitiativeSummary("
                + "i.id, i.title, i.status, i.receivedOn, m.id, m.nameFi, m.nameSv) "
                + "from Initiative i join i.municipality m where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (municipalityId != null) {
            jpql.append(" and m.id = :municipality");
            params.put("municipality", municipalityId);
        }
        if (status != null) {
            jpql.append(" and i.status = :status");
            params.put("status", status);
        }
        if (after != null) {
            jpql.append(" and (i.receivedOn < :afterDate or (i.receivedOn = :afterDate and i.id < :afterId))");
            params.put("afterDate", after.date());
            params.put("afterId", after.id());
        }
        jpql.append(" order by i.receivedOn desc, i.id desc");
        TypedQuery<PublicInitiativeSummary> query = em.createQuery(jpql.toString(), PublicInitiativeSummary.class);
        params.forEach(query::setParameter);
        List<PublicInitiativeSummary> rows = new ArrayList<>(query.setMaxResults(size + 1).getResultList());
        String next = null;
        if (rows.size() > size) {
            rows.remove(size);
            var last = rows.get(size - 1);
            next = new Cursor(last.receivedOn(), last.id()).encode();
        }
        return new KeysetPage<>(rows, next);
    }

    /**
     * Full-text search through MariaDB's index on (title, proposal): SQL, since JPQL has no MATCH. The same
     * keyset order and page shape as the list.
     */
    private KeysetPage<PublicInitiativeSummary> search(String match, Long municipalityId, InitiativeStatus status,
                                                       Cursor after, int size) {
        var sql = new StringBuilder("select i.id, i.title, i.status, i.received_on, m.id, m.name_fi, m.name_sv "
                + "from initiative i join municipality m on m.id = i.municipality_id "
                + "where match(i.title, i.proposal) against (?1 in boolean mode)");
        List<Object> params = new ArrayList<>(List.of(match));
        if (municipalityId != null) {
            params.add(municipalityId);
            sql.append(" and i.municipality_id = ?").append(params.size());
        }
        if (status != null) {
            params.add(status.name());
            sql.append(" and i.status = ?").append(params.size());
        }
        if (after != null) {
            params.add(after.date());
            int d = params.size();
            params.add(after.id());
            sql.append(" and (i.received_on < ?").append(d).append(" or (i.received_on = ?").append(d)
                    .append(" and i.id < ?").append(d + 1).append("))");
        }
        sql.append(" order by i.received_on desc, i.id desc limit ").append(size + 1);
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<PublicInitiativeSummary> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new PublicInitiativeSummary(((Number) r[0]).longValue(), (String) r[1],
                    InitiativeStatus.valueOf((String) r[2]), toLocalDate(r[3]), ((Number) r[4]).longValue(),
                    (String) r[5], (String) r[6]));
        }
        String next = null;
        if (items.size() > size) {
            items.remove(size);
            var last = items.get(size - 1);
            next = new Cursor(last.receivedOn(), last.id()).encode();
        }
        return new KeysetPage<>(items, next);
    }

    private static java.time.LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    public Optional<PublicInitiative> publicView(long id) {
        return em.createQuery("select new fi.aloitepolku.initiative.application.PublicInitiative("
                        + "i.id, i.title, i.proposal, i.status, i.channel, i.signatoryCount, i.receivedOn, m.id, "
                        + "m.nameFi, m.nameSv, case when i.initiator.namePublic = true then i.initiator.name else null end, "
                        + "i.updatedAt, i.version) "
                        + "from Initiative i join i.municipality m where i.id = :id", PublicInitiative.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** Staff list: offset pages with a whitelisted sort, for the sortable table. */
    public List<StaffCaseRow> staffList(StaffCaseFilter filter, String sortField, boolean ascending, int first,
                                        int pageSize) {
        var where = new StringBuilder();
        Map<String, Object> params = staffWhere(filter, where);
        String order = switch (sortField == null ? "" : sortField) {
            case "title" -> "i.title";
            case "status" -> "i.status";
            case "municipalityFi" -> "m.nameFi";
            case "updatedAt" -> "i.updatedAt";
            default -> "i.receivedOn";
        };
        String direction = ascending ? " asc" : " desc";
        TypedQuery<StaffCaseRow> query = em.createQuery("select new fi.aloitepolku.initiative.application.StaffCaseRow("
                + "i.id, i.title, i.status, i.channel, i.receivedOn, m.nameFi, a.displayName, i.updatedAt) "
                + "from Initiative i join i.municipality m left join i.assignedAgent a left join i.preparer p" + where
                + " order by " + order + direction + ", i.id" + direction, StaffCaseRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public long staffCount(StaffCaseFilter filter) {
        var where = new StringBuilder();
        Map<String, Object> params = staffWhere(filter, where);
        var query = em.createQuery("select count(i) from Initiative i join i.municipality m left join i.assignedAgent a "
                + "left join i.preparer p" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static Map<String, Object> staffWhere(StaffCaseFilter filter, StringBuilder where) {
        Map<String, Object> params = new HashMap<>();
        where.append(" where 1 = 1");
        if (filter.municipalityId() != null) {
            where.append(" and m.id = :municipality");
            params.put("municipality", filter.municipalityId());
        }
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            params.put("status", filter.status());
        }
        if (filter.agentUsername() != null) {
            // "My cases": those I own as the agent or prepare
            where.append(" and (a.username = :agent or p.username = :agent)");
            params.put("agent", filter.agentUsername());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and lower(i.title) like :text");
            params.put("text", "%" + filter.text().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return params;
    }

    /** The case log, newest first, at most {@code limit} entries. */
    public List<CaseEventEntry> timeline(long initiativeId, int limit) {
        return em.createQuery("select new fi.aloitepolku.initiative.application.CaseEventEntry("
                        + "e.id, e.occurredAt, e.actor, e.kind, e.details, e.publicEntry) from CaseEvent e "
                        + "where e.initiativeId = :id order by e.occurredAt desc, e.id desc", CaseEventEntry.class)
                .setParameter("id", initiativeId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The entries residents may see, newest first: status changes and public step records. */
    public List<PublicTimelineEntry> publicTimeline(long initiativeId, int limit) {
        return em.createQuery("select new fi.aloitepolku.initiative.application.PublicTimelineEntry("
                        + "e.occurredAt, e.kind, e.statusAfter, e.publicNote, e.caseStepId) from CaseEvent e "
                        + "where e.initiativeId = :id and e.publicEntry = true order by e.occurredAt desc, e.id desc",
                        PublicTimelineEntry.class)
                .setParameter("id", initiativeId)
                .setMaxResults(limit)
                .getResultList();
    }
}
