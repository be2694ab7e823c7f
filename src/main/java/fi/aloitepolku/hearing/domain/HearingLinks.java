package fi.aloitepolku.hearing.domain;

import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.WebAddress;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * A hearing's link must fit its kind: an otakantaa.fi consultation lives on otakantaa.fi (or its Swedish
 * name dinasikt.fi), a lausuntopalvelu.fi request on lausuntopalvelu.fi with the proposal's GUID in
 * {@code proposalId}. Always https: residents follow these links from a public page.
 */
public final class HearingLinks {

    static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HearingLinks() {
    }

    /** The checked link, or null when the kind needs none and none was given. */
    public static String check(HearingKind kind, String url) {
        if (url == null || url.isBlank()) {
            if (kind.requiresLink()) {
                throw new RuleViolation("url", kind == HearingKind.OTAKANTAA ? "hearing.url.required.OTAKANTAA"
                        : "hearing.url.required.LAUSUNTOPALVELU");
            }
            return null;
        }
        URI uri = WebAddress.requireHttps("url", url);
        switch (kind) {
            case OTAKANTAA -> {
                if (!WebAddress.hostWithin(uri, "otakantaa.fi") && !WebAddress.hostWithin(uri, "dinasikt.fi")) {
                    throw new RuleViolation("url", "hearing.url.otakantaa");
                }
            }
            case LAUSUNTOPALVELU -> {
                if (!WebAddress.hostWithin(uri, "lausuntopalvelu.fi")) {
                    throw new RuleViolation("url", "hearing.url.lausuntopalvelu");
                }
                if (!hasProposalId(uri)) {
                    throw new RuleViolation("url", "hearing.url.proposalId");
                }
            }
            default -> {
                // any https address
            }
        }
        return uri.toString();
    }

    private static boolean hasProposalId(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase("proposalId")
                    && GUID.matcher(pair.substring(eq + 1)).matches()) {
                return true;
            }
        }
        return false;
    }
}
