package fi.aloitepolku.initiative.web;

import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.StaffCaseFilter;
import fi.aloitepolku.initiative.application.StaffCaseRow;
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

    private final LazyDataModel<StaffCaseRow> cases = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.staffCount(filter());
        }

        @Override
        public List<StaffCaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            return queries.staffList(filter(), field, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(StaffCaseRow row) {
            return Long.toString(row.id());
        }
    };

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
