package fi.aloitepolku.municipality.web;

import fi.aloitepolku.municipality.application.DistrictOption;
import fi.aloitepolku.municipality.domain.Theme;
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

    private List<DistrictOption> districts;

    public List<MunicipalityOption> getAll() {
        if (all == null) {
            all = directory.all();
        }
        return all;
    }

    public List<DistrictOption> getDistricts() {
        if (districts == null) {
            districts = directory.districts();
        }
        return districts;
    }

    /** "Pori – Väinölä": districts of every municipality in one list, so a form needs no round trip. */
    public String districtLabel(DistrictOption district, java.util.Locale locale) {
        var municipality = getAll().stream().filter(m -> m.id() == district.municipalityId()).findFirst();
        return municipality.map(m -> m.name(locale) + " – ").orElse("") + district.name(locale);
    }

    public Theme[] getThemes() {
        return Theme.values();
    }
}
