package fi.aloitepolku.notification.web;

import fi.aloitepolku.notification.application.NotificationQueries;
import fi.aloitepolku.notification.application.StaffNotice;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.staff.application.SignedInStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The current user's notifications (newest first, 25 a page, older pages by link) and the unread badge of the
 * staff header: one indexed count per page.
 */
@Named
@RequestScoped
public class NotificationsPage {

    static final int PAGE = 25;

    @Inject
    NotificationQueries queries;


    @Inject
    SignedInStaff signedIn;

    @Inject
    LocaleSelection locale;

    @Inject
    PageMessages messages;

    private Long before;
    private Long unread;
    private List<StaffNotice> items;

    public long getUnread() {
        if (unread == null) {
            unread = me() == null ? 0 : queries.unread(me());
        }
        return unread;
    }

    public List<StaffNotice> getItems() {
        if (items == null) {
            items = me() == null ? List.of() : queries.page(me(), before, PAGE, locale.getLocale());
        }
        return items;
    }

    /** Where the next (older) page starts; null on the last page. */
    public Long getOlder() {
        return getItems().size() < PAGE ? null : getItems().getLast().id();
    }

    public String markRead(long id) {
        return done(messages.attempt("notices:", "notification.markedRead", () -> queries.markRead(me(), id)));
    }

    public String markAllRead() {
        return done(messages.attempt("notices:", "notification.markedRead", () -> queries.markAllRead(me())));
    }

    private String done(PageMessages.Outcome outcome) {
        return outcome == PageMessages.Outcome.DONE ? "/staff/notifications?faces-redirect=true" : null;
    }

    private Long me() {
        return signedIn.id().orElse(null);
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
