package fi.aloitepolku.staff.web;

import fi.aloitepolku.municipality.application.DistrictOption;
import fi.aloitepolku.municipality.application.MunicipalityOption;
import fi.aloitepolku.municipality.web.MunicipalityChoices;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.staff.application.AccessScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The municipalities the signed-in account works for, as choices in staff forms and filters (registration,
 * the case list, the import, account and council pages): a choice outside them would only be refused.
 */
@Named
@RequestScoped
public class MyMunicipalities {

    @Inject
    MunicipalityChoices choices;

    @Inject
    AccessScope scope;

    @Inject
    LocaleSelection locale;

    private List<MunicipalityOption> all;
    private List<SelectItem> items;
    private List<DistrictOption> districts;

    public List<MunicipalityOption> getAll() {
        if (all == null) {
            all = choices.getAll().stream().filter(m -> scope.covers(m.id())).toList();
        }
        return all;
    }

    public List<SelectItem> getItems() {
        if (items == null) {
            var loc = locale.getLocale();
            items = getAll().stream().map(m -> new SelectItem(m.id(), m.name(loc))).toList();
        }
        return items;
    }

    public List<DistrictOption> getDistricts() {
        if (districts == null) {
            districts = choices.getDistricts().stream().filter(d -> scope.covers(d.municipalityId())).toList();
        }
        return districts;
    }
}
