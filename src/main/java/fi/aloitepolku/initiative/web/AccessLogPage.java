package fi.aloitepolku.initiative.web;

import fi.aloitepolku.initiative.application.ConfidentialAccess;
import fi.aloitepolku.staff.application.AccessScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The administrators' page of staff views of confidential cases (Act 906/2019 §17): newest first, in pages
 * after the last entry shown, of the administrator's own municipalities only.
 */
@Named
@RequestScoped
public class AccessLogPage {

    @Inject
    ConfidentialAccess accessLog;

    @Inject
    AccessScope scope;

    private Long before;
    private List<ConfidentialAccess.Entry> entries;

    public List<ConfidentialAccess.Entry> getEntries() {
        if (entries == null) {
            entries = accessLog.log(scope.filter(), before);
        }
        return entries;
    }

    /** Where the next page starts: the last entry shown, or none when this page was not full. */
    public Long getOlder() {
        var shown = getEntries();
        return shown.size() < ConfidentialAccess.PAGE ? null : shown.getLast().id();
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
