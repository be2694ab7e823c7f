package fi.aloitepolku.municipality.web;

import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.municipality.application.MunicipalityOption;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The municipalities as choices in forms and filters, read once per request however often a view asks. */
@Named
@RequestScoped
public class MunicipalityChoices {

    @Inject
    MunicipalityDirectory directory;

    private List<MunicipalityOption> all;

    public List<MunicipalityOption> getAll() {
        if (all == null) {
            all = directory.all();
        }
        return all;
    }
}
