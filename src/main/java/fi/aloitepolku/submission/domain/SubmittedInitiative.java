package fi.aloitepolku.submission.domain;

import fi.aloitepolku.municipality.domain.Theme;

/** What a resident fills in on the form. */
public record SubmittedInitiative(Long municipalityId, String title, String proposal, Theme theme, String name,
                                  String email, String phone, boolean namePublic) {
}
