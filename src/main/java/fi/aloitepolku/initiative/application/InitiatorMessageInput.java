package fi.aloitepolku.initiative.application;

import fi.aloitepolku.initiative.domain.MessageChannel;
import fi.aloitepolku.initiative.domain.MessagePurpose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A message to the initiator as staff record it, on the case page or through the API. */
public class InitiatorMessageInput implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{initiatorMessage.sentOn.required}")
    private LocalDate sentOn;

    @NotNull(message = "{initiatorMessage.channel.required}")
    private MessageChannel channel = MessageChannel.EMAIL;

    @NotNull(message = "{initiatorMessage.purpose.required}")
    private MessagePurpose purpose;

    @NotBlank(message = "{initiatorMessage.body.required}")
    @Size(max = 20000, message = "{initiatorMessage.body.size}")
    private String body;

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public void setChannel(MessageChannel channel) {
        this.channel = channel;
    }

    public MessagePurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(MessagePurpose purpose) {
        this.purpose = purpose;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
