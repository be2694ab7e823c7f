package fi.aloitepolku.initiative.application;

import fi.aloitepolku.platform.paging.ActivityCursor;
import fi.aloitepolku.platform.persistence.SqlValues;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.paging.Cursor;
import fi.aloitepolku.platform.paging.KeysetPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read side of cases: each query selects only what its view shows, as records, in a fixed number of
 * statements per page. Public lists page by keyset on (received_on, id), which the indexes cover.
 */
@ApplicationScoped
public class InitiativeQueries {

    @jakarta.inject.Inject
    fi.aloitepolku.staff.application.AccessScope scope;

    @jakarta.inject.Inject
    CaseAccess access;

    public static final int MAX_PAGE_SIZE = 100;
    static final int MAX_CACHED_COUNTS = 1000;

    private final java.util.Map<StaffCaseFilter, CachedCount> staffCounts = new java.util.concurrent.ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** Other features' references to cases (decision citations, diary numbers), for the search box. */
    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<CaseReferenceSearch> referenceSearches;

    @jakarta.inject.Inject
    TermSearch termSearch;

    /**
     * Newest first (or by latest activity); {@code cursor} is that of the previous page's last row. SQL rather
     * than JPQL: JPQL has neither MATCH nor unions, and the join order must be forced (STRAIGHT_JOIN): left to
     * itself the optimizer drives from the 300 municipalities and sorts every matching case, where walking the
     * (status, received_on, id) index newest first stops after one page. Words typed are looked up in the term
     * index ({@link TermSearch}); in the full-text index only when sorted by activity or when every word starts
     * too many terms. The private initiator table is never touched.
     */
    public KeysetPage<PublicInitiativeSummary> publicList(PublicListFilter filter, String cursor, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        boolean byActivity = filter.sortOrNewest() == PublicListFilter.Sort.ACTIVITY;
        // Decoded before any query: a malformed cursor is the client's error, refused with nothing read
        Cursor after = byActivity ? null : Cursor.decode(cursor);
        ActivityCursor afterActivity = byActivity ? ActivityCursor.decode(cursor) : null;
        String words = filter.words();
        List<Long> referenced = referencedCases(words);
        List<String> typed = referenced == null ? FullTextQuery.words(words) : List.of();
        TermSearch.Plan plan = typed.isEmpty() || byActivity ? null : termSearch.plan(typed);
        if (plan != null && plan.findsNothing()) {
            return new KeysetPage<>(List.of(), null);
        }
        List<Object> params = new ArrayList<>();
        var sql = new StringBuilder("select straight_join i.id, i.title, i.status, i.received_on, m.id, m.name_fi, "
                + "m.name_sv, i.updated_at from ");
        if (plan != null) {
            TermSearch.appendMerge(sql, params, plan, after, size + 1,
                    received -> appendCaseConditions(sql, params, filter, received));
            sql.append(" p join initiative i on i.id = p.initiative_id join municipality m on m.id = i.municipality_id"
                    + " order by p.received_on desc, p.initiative_id desc");
        } else {
            sql.append("initiative i join municipality m on m.id = i.municipality_id where 1 = 1");
            if (referenced != null) {
                // A citation or diary number: the cases it names, not a word search
                sql.append(referenced.isEmpty() ? " and 1 = 0" : " and i.id in (" + referenced.stream().limit(MAX_PAGE_SIZE)
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
            if (!typed.isEmpty()) {
                params.add(FullTextQuery.ofWords(typed));
                sql.append(" and match(i.title, i.proposal) against (?").append(params.size()).append(" in boolean mode)");
            }
            appendCaseConditions(sql, params, filter, "i.received_on");
            String key = byActivity ? "i.updated_at" : "i.received_on";
            Object position = byActivity ? (afterActivity == null ? null : afterActivity.at())
                    : (after == null ? null : after.date());
            if (position != null) {
                sql.append(Keyset.beyond(List.of(key, "i.id"),
                        List.of(position, byActivity ? afterActivity.id() : after.id()), false, params));
            }
            sql.append(" order by ").append(key).append(" desc, i.id desc limit ").append(size + 1);
        }
        List<PublicInitiativeSummary> items = new ArrayList<>();
        List<java.time.Instant> activity = new ArrayList<>();
        for (Object[] r : rows(sql.toString(), params)) {
            items.add(new PublicInitiativeSummary(((Number) r[0]).longValue(), (String) r[1],
                    InitiativeStatus.valueOf((String) r[2]), SqlValues.date(r[3]), ((Number) r[4]).longValue(),
                    (String) r[5], (String) r[6]));
            activity.add(SqlValues.instant(r[7]));
        }
        String next = null;
        if (items.size() > size) {
            items.remove(size);
            var last = items.get(size - 1);
            next = byActivity ? new ActivityCursor(activity.get(size - 1), last.id()).encode()
                    : new Cursor(last.receivedOn(), last.id()).encode();
        }
        return new KeysetPage<>(items, next);
    }

    /** The list's filters on a case {@code i}; the year as a range of {@code received} so that an index serves it. */
    private static void appendCaseConditions(StringBuilder sql, List<Object> params, PublicListFilter filter,
            String received) {
        sql.append(" and ").append(PublicCases.sql("i"));
        condition(sql, params, "i.municipality_id = ", filter.municipalityId());
        condition(sql, params, "i.status = ", filter.status() == null ? null : filter.status().name());
        condition(sql, params, "i.theme = ", filter.theme() == null ? null : filter.theme().name());
        condition(sql, params, "i.district_id = ", filter.districtId());
        condition(sql, params, "i.channel = ", filter.channel() == null ? null : filter.channel().name());
        if (filter.year() != null) {
            condition(sql, params, received + " >= ", java.time.LocalDate.of(filter.year(), 1, 1));
            condition(sql, params, received + " < ", java.time.LocalDate.of(filter.year() + 1, 1, 1));
        }
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, Object value) {
        if (value != null) {
            params.add(value);
            sql.append(" and ").append(column).append("?").append(params.size());
        }
    }

    private List<Long> referencedCases(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        for (CaseReferenceSearch search : referenceSearches) {
            var found = search.casesReferencedBy(words);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }



    /** The case as residents see it; absent when it is unknown or not public (the same 404 for both). */
    public Optional<PublicInitiative> publicView(long id) {
        return view(id, true);
    }

    /**
     * The same fields for staff, whatever the case's publicity: what the staff API answers after a registration
     * or an edit. Callers check the account's access first.
     */
    public Optional<PublicInitiative> caseView(long id) {
        return view(id, false);
    }

    private Optional<PublicInitiative> view(long id, boolean publicOnly) {
        return em.createQuery("select new fi.aloitepolku.initiative.application.PublicInitiative("
                        + "i.id, i.title, i.proposal, i.status, i.channel, i.signatoryCount, i.receivedOn, m.id, "
                        + "m.nameFi, m.nameSv, case when i.initiator.namePublic = true then i.initiator.name else null end, "
                        // The agent's name is the case's public contact: an official acting in office
                        + "a.displayName, i.updatedAt, i.version) "
                        + "from Initiative i join i.municipality m left join i.assignedAgent a where i.id = :id"
                        + (publicOnly ? " and " + PublicCases.JPQL_I : ""),
                        PublicInitiative.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /**
     * One page of the staff list. {@code from} is the row beside the page: the page holds the rows after it in
     * the chosen order, or with {@code backward} the rows before it (returned in list order); without it the
     * page starts at the list's beginning (or, backward, its end). Each such page walks an index from its
     * start. {@code skip} passes over rows first, for a jump to a page far from the one shown (offset: its cost
     * grows with the depth, so the table offers no such jumps itself). SQL with the join order forced, as in
     * the public list.
     */
    public List<StaffCaseRow> staffPage(StaffCaseFilter filter, StaffCaseSort sort, boolean ascending, StaffCaseRow from,
                                        boolean backward, int limit, int skip) {
        filter = filter.within(scope.filter());
        List<Object> params = new ArrayList<>();
        var sql = new StringBuilder("select straight_join i.id, i.title, i.status, i.channel, i.received_on, "
                + "m.name_fi, a.display_name, i.updated_at from initiative i join municipality m on m.id = i.municipality_id "
                + "left join staff_user a on a.id = i.assigned_agent_id").append(staffWhere(filter, params));
        // Reading backward flips every comparison and the order; the rows are turned round afterwards
        boolean up = ascending != backward;
        if (from != null) {
            sql.append(Keyset.beyond(sort.columns(), sort.keysOf(from), up, params));
        }
        sql.append(" order by ").append(sort.columns().stream().map(c -> c + (up ? " asc" : " desc"))
                        .collect(java.util.stream.Collectors.joining(", ")))
                .append(" limit ").append(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)))
                .append(" offset ").append(Math.max(0, skip));
        List<StaffCaseRow> result = new ArrayList<>();
        for (Object[] r : rows(sql.toString(), params)) {
            result.add(new StaffCaseRow(((Number) r[0]).longValue(), (String) r[1], InitiativeStatus.valueOf((String) r[2]),
                    fi.aloitepolku.initiative.domain.Channel.valueOf((String) r[3]), SqlValues.date(r[4]), (String) r[5],
                    (String) r[6], SqlValues.instant(r[7])));
        }
        if (backward) {
            java.util.Collections.reverse(result);
        }
        return result;
    }

    /**
     * Counting 100,000 cases costs tens of milliseconds and the staff table asks at every page, so a count
     * is kept per filter while no case has changed (the same validity stamp as the public pages).
     */
    public long staffCount(StaffCaseFilter filter) {
        filter = filter.within(scope.filter());
        String stamp = anyCaseStamp();
        var known = staffCounts.get(filter);
        if (known != null && known.stamp().equals(stamp)) {
            return known.count();
        }
        long count = countStaffCases(filter);
        if (staffCounts.size() >= MAX_CACHED_COUNTS) {
            staffCounts.clear();
        }
        staffCounts.put(filter, new CachedCount(stamp, count));
        return count;
    }

    private record CachedCount(String stamp, long count) {
    }

    private long countStaffCases(StaffCaseFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = staffWhere(filter, params);
        return ((Number) rows("select count(*), 0 from initiative i" + where, params).getFirst()[0]).longValue();
    }

    private static String staffWhere(StaffCaseFilter filter, List<Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.municipalityId() != null) {
            params.add(filter.municipalityId());
            where.append(" and i.municipality_id = ?").append(params.size());
        }
        if (filter.scope() != null) {
            // Only the account's municipalities: none named means no case at all
            where.append(filter.scope().isEmpty() ? " and 1 = 0" : " and i.municipality_id in ("
                    + filter.scope().stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + ")");
        }
        if (filter.status() != null) {
            params.add(filter.status().name());
            where.append(" and i.status = ?").append(params.size());
        }
        if (filter.agentUsername() != null) {
            // "My cases": those I own as the agent or prepare
            params.add(filter.agentUsername());
            int p = params.size();
            where.append(" and (i.assigned_agent_id = (select u.id from staff_user u where u.username = ?").append(p)
                    .append(") or i.preparer_id = (select u.id from staff_user u where u.username = ?").append(p).append("))");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            params.add("%" + filter.text().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            where.append(" and lower(i.title) like ?").append(params.size());
        }
        return where.toString();
    }

    /** The case log, newest first, at most {@code limit} entries. */
    public List<CaseEventEntry> timeline(long initiativeId, int limit) {
        access.requireVisible(initiativeId);
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

    /**
     * What a public initiative page shows changes only with its case's {@code updated_at} (edits, moves and
     * step records all touch it): the page cache's validity stamp. Null for an unknown case.
     */
    public String publicPageStamp(long id) {
        var rows = rows("select i.updated_at, 0 from initiative i where i.id = ?1 and " + PublicCases.sql("i"),
                List.of(id));
        return rows.isEmpty() ? null : String.valueOf(rows.getFirst()[0]);
    }

    /**
     * Every public list's validity stamp: the newest change to a public case, and when a case last appeared or
     * went. A change to a case residents cannot see moves neither, so no ETag tells of it.
     */
    public String publicListStamp() {
        var rows = rows("select (select max(i.updated_at) from initiative i where " + PublicCases.sql("i") + "), "
                + "(select max(publicity_changed_at) from initiative)", List.of());
        return rows.getFirst()[0] + "/" + rows.getFirst()[1];
    }

    /** The newest change to any case, public or not: the staff counts' validity stamp. */
    private String anyCaseStamp() {
        var rows = rows("select max(updated_at), 0 from initiative", List.of());
        return String.valueOf(rows.getFirst()[0]);
    }
}
