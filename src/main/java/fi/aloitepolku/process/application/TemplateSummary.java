package fi.aloitepolku.process.application;

import fi.aloitepolku.process.domain.TemplateState;
import java.time.Instant;

/** A process template in the admin's list. */
public record TemplateSummary(long id, String name, int versionNo, TemplateState state, boolean isDefault,
                              Instant createdAt, Instant publishedAt, int stepCount) {
}
