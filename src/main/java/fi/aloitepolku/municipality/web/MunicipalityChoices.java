package fi.aloitepolku.municipality.web;

import fi.aloitepolku.municipality.application.DistrictOption;
import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.municipality.application.MunicipalityOption;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The municipalities as choices in forms and filters, read once per request however often a view asks. */
@Named
@RequestScoped
public class MunicipalityChoices {

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LocaleSelection locale;

    private List<MunicipalityOption> all;

    private List<DistrictOption> districts;

    private List<SelectItem> items;

    private List<SelectItem> districtItems;

    private java.util.Map<Long, MunicipalityOption> byId;

    public List<MunicipalityOption> getAll() {
        if (all == null) {
            all = directory.all();
        }
        return all;
    }

    /**
     * The municipalities as ready-made choices in the reader's language. A menu of 300 built from
     * {@code var}/{@code itemLabel} expressions evaluated them 300 times per page; these are read as they are.
     */
    public List<SelectItem> getItems() {
        if (items == null) {
            var loc = locale.getLocale();
            items = getAll().stream().map(m -> new SelectItem(m.id(), m.name(loc))).toList();
        }
        return items;
    }

    public List<DistrictOption> getDistricts() {
        if (districts == null) {
            districts = directory.districts();
        }
        return districts;
    }

    /** The districts as ready-made choices labelled as {@link #districtLabel}, in the reader's language. */
    public List<SelectItem> getDistrictItems() {
        if (districtItems == null) {
            var loc = locale.getLocale();
            districtItems = getDistricts().stream().map(d -> new SelectItem(d.id(), districtLabel(d, loc))).toList();
        }
        return districtItems;
    }

    /** "Pori – Väinölä": districts of every municipality in one list, so a form needs no round trip. */
    public String districtLabel(DistrictOption district, java.util.Locale locale) {
        var municipality = byId().get(district.municipalityId());
        return (municipality == null ? "" : municipality.name(locale) + " – ") + district.name(locale);
    }

    /** Each district's municipality by id: a label per district would otherwise scan all 300. */
    private java.util.Map<Long, MunicipalityOption> byId() {
        if (byId == null) {
            byId = getAll().stream().collect(java.util.stream.Collectors.toMap(MunicipalityOption::id, m -> m));
        }
        return byId;
    }

    public Theme[] getThemes() {
        return Theme.values();
    }
}
