package fi.aloitepolku.process.application;

import fi.aloitepolku.process.domain.LinkKind;

/** An evidence link as pages and the API show it. */
public record LinkView(LinkKind kind, String url, String label) {
}
