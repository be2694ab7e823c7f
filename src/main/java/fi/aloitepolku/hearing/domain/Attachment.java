package fi.aloitepolku.hearing.domain;

import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.WebAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Material of a hearing (a report, slides, a recording) as a link: the files themselves live elsewhere. */
@Embeddable
public class Attachment {

    static final int MAX_LABEL_LENGTH = 200;

    @Column(nullable = false, length = WebAddress.MAX_LENGTH)
    private String url;

    @Column(length = MAX_LABEL_LENGTH)
    private String label;

    protected Attachment() {
    }

    public Attachment(String url, String label) {
        this.url = WebAddress.requireHttps("attachments", url).toString();
        this.label = label == null || label.isBlank() ? null : label.trim();
        if (this.label != null && this.label.length() > MAX_LABEL_LENGTH) {
            throw new RuleViolation("attachments", "hearing.attachment.label.size", MAX_LABEL_LENGTH);
        }
    }

    public String url() {
        return url;
    }

    public String label() {
        return label;
    }
}
