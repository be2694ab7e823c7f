package fi.aloitepolku.process.web;

import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.process.application.Checklist;
import fi.aloitepolku.process.application.ProcessQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The checklist part of the staff case page: the case's steps, progress, and what is overdue. */
@Named
@RequestScoped
public class CaseChecklistSection {

    @Inject
    ProcessQueries queries;

    @Inject
    HelsinkiTime time;

    private Checklist checklist;

    public Checklist getChecklist() {
        if (checklist == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                checklist = queries.checklist(Long.parseLong(id == null ? "" : id.trim()));
            } catch (NumberFormatException e) {
                checklist = new Checklist(java.util.List.of(), time.today());
            }
        }
        return checklist;
    }
}
