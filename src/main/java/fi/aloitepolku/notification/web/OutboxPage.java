package fi.aloitepolku.notification.web;

import fi.aloitepolku.notification.application.MailSettings;
import fi.aloitepolku.notification.application.OutboxClaims;
import fi.aloitepolku.notification.application.OutboxEntry;
import fi.aloitepolku.notification.application.OutboxQueries;
import fi.aloitepolku.notification.application.TestMessage;
import fi.aloitepolku.notification.domain.OutboxStatus;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrators' outbox: what was sent, what waits (and why), and a test message. */
@Named
@RequestScoped
public class OutboxPage {

    static final int PAGE = 25;

    @Inject
    OutboxQueries queries;

    @Inject
    OutboxClaims claims;

    @Inject
    MailSettings settings;

    @Inject
    TestMessage testMessage;

    @Inject
    PageMessages messages;

    private OutboxStatus status;
    private Long before;
    private String testRecipient;
    private List<OutboxEntry> items;

    public List<OutboxEntry> getItems() {
        if (items == null) {
            items = queries.page(status, before, PAGE);
        }
        return items;
    }

    public Long getOlder() {
        return getItems().size() < PAGE ? null : getItems().getLast().id();
    }

    public boolean isSending() {
        return settings.sending();
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    public String retry(long id) {
        return done(messages.attempt("outbox:", "outbox.retried", () -> {
            if (!claims.retryNow(id)) {
                throw new StateConflict("outbox.retry.notPossible");
            }
        }));
    }

    public String sendTest() {
        return done(messages.attempt("test:", "outbox.testQueued", () -> testMessage.send(testRecipient)));
    }

    private String done(PageMessages.Outcome outcome) {
        return outcome == PageMessages.Outcome.DONE ? "/staff/admin/outbox?faces-redirect=true" : null;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }

    public String getTestRecipient() {
        return testRecipient;
    }

    public void setTestRecipient(String testRecipient) {
        this.testRecipient = testRecipient;
    }
}
