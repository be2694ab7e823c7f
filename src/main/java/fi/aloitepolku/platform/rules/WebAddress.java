package fi.aloitepolku.platform.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links that the consultation record publishes: absolute https addresses with a host and no user info
 * (which would let "https://otakantaa.fi@elsewhere.example" pass a naive host check).
 */
public final class WebAddress {

    public static final int MAX_LENGTH = 2000;

    private WebAddress() {
    }

    /** The trimmed address as a URI, or a refusal naming {@code field}. */
    public static URI requireHttps(String field, String candidate) {
        if (candidate == null || candidate.isBlank()) {
            throw new RuleViolation(field, "link.required");
        }
        String trimmed = candidate.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new RuleViolation(field, "link.size", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new RuleViolation(field, "link.invalid", trimmed);
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
            throw new RuleViolation(field, "link.invalid", trimmed);
        }
        if (!uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
            throw new RuleViolation(field, "link.https", trimmed);
        }
        return uri;
    }

    /** Null for a blank optional link, else the checked address. */
    public static String optionalHttps(String field, String candidate) {
        return candidate == null || candidate.isBlank() ? null : requireHttps(field, candidate).toString();
    }

    /** Whether the host is {@code domain} itself or one of its subdomains (www.otakantaa.fi). */
    public static boolean hostWithin(URI uri, String domain) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
