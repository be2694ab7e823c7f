package fi.aloitepolku.process.domain;

import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.net.URI;
import java.net.URISyntaxException;

/** Evidence of a step: a press release, a web page, an agenda, minutes… Only absolute http(s) links. */
@Embeddable
public class EvidenceLink {

    static final int MAX_URL_LENGTH = 2000;
    static final int MAX_LABEL_LENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkKind kind;

    @Column(nullable = false, length = MAX_URL_LENGTH)
    private String url;

    @Column(length = MAX_LABEL_LENGTH)
    private String label;

    protected EvidenceLink() {
    }

    public EvidenceLink(LinkKind kind, String url, String label) {
        if (kind == null) {
            throw new RuleViolation("links", "step.link.kind.required");
        }
        this.kind = kind;
        this.url = requireWebAddress(url);
        this.label = label == null || label.isBlank() ? null : label.trim();
        if (this.label != null && this.label.length() > MAX_LABEL_LENGTH) {
            throw new RuleViolation("links", "step.link.label.size", MAX_LABEL_LENGTH);
        }
    }

    /** An absolute http or https address with a host; anything else (javascript:, ftp:, relative) is refused. */
    public static String requireWebAddress(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            throw new RuleViolation("links", "step.link.url.required");
        }
        String trimmed = candidate.trim();
        if (trimmed.length() > MAX_URL_LENGTH) {
            throw new RuleViolation("links", "step.link.url.size", MAX_URL_LENGTH);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new RuleViolation("links", "step.link.url.invalid", trimmed);
            }
        } catch (URISyntaxException e) {
            throw new RuleViolation("links", "step.link.url.invalid", trimmed);
        }
        return trimmed;
    }

    public LinkKind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String label() {
        return label;
    }
}
