package fi.aloitepolku.initiative.web;

import fi.aloitepolku.initiative.application.InitiatorMessageEntry;
import fi.aloitepolku.initiative.application.InitiatorMessageInput;
import fi.aloitepolku.initiative.application.InitiatorMessages;
import fi.aloitepolku.initiative.domain.MessageChannel;
import fi.aloitepolku.initiative.domain.MessagePurpose;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** What the initiator was told: the list on the staff case page and the form to record a new message. */
@Named
@ViewScoped
public class InitiatorMessagesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InitiatorMessages messages;

    @Inject
    transient PageMessages pageMessages;

    @Inject
    transient HelsinkiTime time;

    private Long caseId;
    private List<InitiatorMessageEntry> sent = List.of();
    private final InitiatorMessageInput input = new InitiatorMessageInput();

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            caseId = Long.parseLong(id == null ? "" : id.trim());
            sent = messages.of(caseId);
            input.setSentOn(time.today());
        } catch (NumberFormatException e) {
            caseId = null;
        }
    }

    public String record() {
        var outcome = pageMessages.attempt("informed:", "initiatorMessage.recorded",
                () -> messages.record(caseId, input));
        return outcome == PageMessages.Outcome.DONE ? "/staff/initiative?faces-redirect=true&id=" + caseId : null;
    }

    public List<InitiatorMessageEntry> getSent() {
        return sent;
    }

    public InitiatorMessageInput getInput() {
        return input;
    }

    public MessageChannel[] getChannels() {
        return MessageChannel.values();
    }

    public MessagePurpose[] getPurposes() {
        return MessagePurpose.values();
    }
}
