package fi.aloitepolku.decision.web;

import fi.aloitepolku.decision.application.DecisionQueries;
import fi.aloitepolku.decision.application.DecisionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The decision part of the staff case page. */
@Named
@RequestScoped
public class CaseDecisionSection {

    @Inject
    DecisionQueries queries;

    private DecisionView decision;
    private boolean loaded;

    public DecisionView getDecision() {
        if (!loaded) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                decision = queries.forCase(Long.parseLong(id == null ? "" : id.trim())).orElse(null);
            } catch (NumberFormatException e) {
                decision = null;
            }
            loaded = true;
        }
        return decision;
    }
}
