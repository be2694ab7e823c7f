package fi.aloitepolku.reporting.web;

import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.i18n.Texts;
import jakarta.inject.Inject;

/**
 * What the statistics and annual report pages ask alike: a municipality and a period of receipt (as typed, so
 * that a bad date comes back as a message beside the form), and the message when they are refused.
 */
public abstract class PeriodForm {

    @Inject
    LocaleSelection locale;

    private Long municipality;
    private String from;
    private String to;
    private String problem;

    /** Shows a refusal (a bad period, an unknown municipality) in the reader's language. */
    protected void refused(String messageKey, Object... arguments) {
        problem = Texts.get(locale.getLocale(), messageKey, arguments);
    }

    public String getProblem() {
        return problem;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
