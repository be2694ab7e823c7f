package fi.aloitepolku.municipality.application;

import fi.aloitepolku.municipality.domain.AssignmentPolicy;

/** A municipality's settings as the settings page and the API show them. */
public record MunicipalityProfile(long id, String code, String nameFi, String nameSv, AssignmentPolicy assignmentPolicy,
                                  Integer electorateSize, Integer acknowledgeDays, Integer firstAnswerDays,
                                  Integer decisionDays, long version) {
}
