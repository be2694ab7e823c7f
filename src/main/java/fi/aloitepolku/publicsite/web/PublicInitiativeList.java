package fi.aloitepolku.publicsite.web;

import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.PublicListFilter;
import fi.aloitepolku.initiative.application.PublicListRequest;
import fi.aloitepolku.initiative.application.PublicInitiativeSummary;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.paging.Cursor;
import fi.aloitepolku.platform.paging.KeysetPage;
import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The residents' list of initiatives. Filters and the page position live in the URL (GET), so any
 * view of the list can be bookmarked and shared, and it works without JavaScript.
 */
@Named
@RequestScoped
public class PublicInitiativeList {

    static final int PAGE_SIZE = 20;
    static final int MAX_QUERY = 200;

    @Inject
    InitiativeQueries queries;


    @Inject
    LocaleSelection localeSelection;

    private Long municipality;
    private String status;
    private String q;
    private String cursor;
    private String theme;
    private String district;
    private String year;
    private String channel;
    private String sort;
    private KeysetPage<PublicInitiativeSummary> page = new KeysetPage<>(List.of(), null);
    private String problem;

    public void load() {
        try {
            var filter = new PublicListRequest(municipality == null ? null : municipality.toString(), status, q, theme,
                    district, year, channel, sort).filter();
            page = queries.publicList(filter, cursor, PAGE_SIZE);
        } catch (RuleViolation refused) {
            problem = Texts.get(localeSelection.getLocale(), refused.messageKey(), refused.arguments());
        }
    }



    /** The filter menus' choices, labelled in the reader's language (written by {@code <a:options>} in one pass). */
    public List<SelectItem> getStatusItems() {
        return labelled(InitiativeStatus.values(), "status.public.");
    }

    public List<SelectItem> getThemeItems() {
        return labelled(fi.aloitepolku.municipality.domain.Theme.values(), "theme.");
    }

    public List<SelectItem> getChannelItems() {
        return labelled(fi.aloitepolku.initiative.domain.Channel.values(), "channel.");
    }

    public List<SelectItem> getSortItems() {
        return labelled(PublicListFilter.Sort.values(), "filter.sort.");
    }

    public List<SelectItem> getYearItems() {
        int now = java.time.LocalDate.now(fi.aloitepolku.platform.time.HelsinkiTime.ZONE).getYear();
        return java.util.stream.IntStream.rangeClosed(0, 10).mapToObj(k -> new SelectItem(now - k, String.valueOf(now - k)))
                .toList();
    }

    private List<SelectItem> labelled(Enum<?>[] values, String keyPrefix) {
        var locale = localeSelection.getLocale();
        return java.util.Arrays.stream(values)
                .map(v -> new SelectItem(v.name(), Texts.get(locale, keyPrefix + v.name()))).toList();
    }

    public String getNextHref() {
        return href(page.next());
    }

    public String getFirstHref() {
        return href(null);
    }

    private String href(String at) {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        var query = new StringBuilder(context.getRequestContextPath()).append("/?lang=")
                .append(localeSelection.getLanguage());
        if (municipality != null) {
            query.append("&municipality=").append(municipality);
        }
        if (status != null && !status.isBlank()) {
            query.append("&status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        if (q != null && !q.isBlank()) {
            query.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        for (String[] pair : new String[][] {{"theme", theme}, {"district", district}, {"year", year},
            {"channel", channel}, {"sort", sort}}) {
            if (pair[1] != null && !pair[1].isBlank()) {
                query.append('&').append(pair[0]).append('=').append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
            }
        }
        if (at != null) {
            query.append("&cursor=").append(URLEncoder.encode(at, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public KeysetPage<PublicInitiativeSummary> getPage() {
        return page;
    }

    public String getProblem() {
        return problem;
    }

    /** The years residents can pick, newest first: this one and the ten before. */
    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
