package fi.aloitepolku.council.web;

import fi.aloitepolku.council.application.CouncilQueries;
import fi.aloitepolku.council.application.CouncilSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The registry of councils, for every staff member. */
@Named
@RequestScoped
public class CouncilsPage {

    @Inject
    CouncilQueries queries;

    private List<CouncilSummary> councils;

    public List<CouncilSummary> getCouncils() {
        if (councils == null) {
            councils = queries.forStaff();
        }
        return councils;
    }
}
