package fi.aloitepolku.initiative.web;

import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.StaffCaseFilter;
import fi.aloitepolku.initiative.application.StaffCaseRow;
import fi.aloitepolku.initiative.application.StaffCaseSort;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.security.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The staff list of cases: filtered, sorted and paged in the database, one page at a time. */
@Named
@ViewScoped
public class StaffCaseList implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    transient InitiativeQueries queries;


    @Inject
    CurrentStaff currentStaff;

    private Long municipalityId;
    private InitiativeStatus status;
    private String text;
    private boolean mine;
    private String owner;

    /** The page last shown: the next, previous and last pages are read from beside it. */
    private Shown shown;

    private final LazyDataModel<StaffCaseRow> cases = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.staffCount(filter());
        }

        @Override
        public List<StaffCaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            SortMeta sortMeta = sortBy.values().stream().findFirst().orElse(null);
            var order = new Order(filter(), StaffCaseSort.ofField(sortMeta == null ? null : sortMeta.getField()),
                    sortMeta != null && sortMeta.getOrder() == SortOrder.ASCENDING, pageSize);
            List<StaffCaseRow> rows = page(order, first);
            shown = new Shown(order, first, rows);
            return rows;
        }

        @Override
        public String getRowKey(StaffCaseRow row) {
            return Long.toString(row.id());
        }
    };

    /**
     * The paginator moves one page at a time or to either end, so nearly every page is a keyset page read from
     * beside the one shown; only a change of page size mid-list needs an offset.
     */
    private List<StaffCaseRow> page(Order order, int first) {
        Shown last = shown != null && shown.order().equals(order) && !shown.rows().isEmpty() ? shown : null;
        if (first <= 0) {
            return queries.staffPage(order.filter(), order.sort(), order.ascending(), null, false, order.size(), 0);
        }
        if (last != null && first == last.first() + order.size()) {
            return queries.staffPage(order.filter(), order.sort(), order.ascending(), last.rows().getLast(), false,
                    order.size(), 0);
        }
        if (last != null && first == last.first() - order.size()) {
            return queries.staffPage(order.filter(), order.sort(), order.ascending(), last.rows().getFirst(), true,
                    order.size(), 0);
        }
        long total = queries.staffCount(order.filter());
        if (first + order.size() >= total) {
            // The last page: read from the list's end
            return queries.staffPage(order.filter(), order.sort(), order.ascending(), null, true,
                    (int) Math.max(1, total - first), 0);
        }
        return queries.staffPage(order.filter(), order.sort(), order.ascending(), null, false, order.size(), first);
    }

    private record Order(StaffCaseFilter filter, StaffCaseSort sort, boolean ascending, int size) implements Serializable {
    }

    private record Shown(Order order, int first, List<StaffCaseRow> rows) implements Serializable {
    }

    /** Runs before the view: "my cases" narrows the list to the logged-in staff member. */
    public void init() {
        owner = mine ? currentStaff.username() : null;
    }

    private StaffCaseFilter filter() {
        return new StaffCaseFilter(municipalityId, status, text, owner);
    }

    public LazyDataModel<StaffCaseRow> getCases() {
        return cases;
    }


    public InitiativeStatus[] getStatuses() {
        return InitiativeStatus.values();
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
