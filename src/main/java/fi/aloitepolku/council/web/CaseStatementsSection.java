package fi.aloitepolku.council.web;

import fi.aloitepolku.council.application.StatementRequestQueries;
import fi.aloitepolku.council.application.StatementRequestView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The statement requests part of the staff case page, overdue ones marked. */
@Named
@RequestScoped
public class CaseStatementsSection {

    @Inject
    StatementRequestQueries queries;

    private List<StatementRequestView> requests;

    public List<StatementRequestView> getRequests() {
        if (requests == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                requests = queries.forCase(Long.parseLong(id == null ? "" : id.trim()));
            } catch (NumberFormatException e) {
                requests = List.of();
            }
        }
        return requests;
    }

    public long getOverdue() {
        return getRequests().stream().filter(StatementRequestView::overdue).count();
    }
}
