package fi.aloitepolku.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A municipality's own promises to initiators, in days from receipt; null where it sets none. They come on top
 * of the statutory six months and never replace it.
 */
@Embeddable
public record ServiceTargets(
        @Column(name = "acknowledge_days") Integer acknowledgeDays,
        @Column(name = "first_answer_days") Integer firstAnswerDays,
        @Column(name = "decision_days") Integer decisionDays) {

    public static final int MAX_DAYS = 3650;

    public static ServiceTargets none() {
        return new ServiceTargets(null, null, null);
    }
}
