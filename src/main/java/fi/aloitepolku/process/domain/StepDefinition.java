package fi.aloitepolku.process.domain;

import fi.aloitepolku.initiative.domain.InitiativeStatus;

/** What a template says of a step: names in three languages, responsibility, and gating. */
public record StepDefinition(String nameFi, String nameSv, String nameEn, Responsible responsible, boolean optional,
                             InitiativeStatus requiredBefore) {
}
