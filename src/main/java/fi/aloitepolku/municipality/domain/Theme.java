package fi.aloitepolku.municipality.domain;

/** What an initiative is about, as agents divide their work and residents filter the list. */
public enum Theme {
    YOUTH,
    ELDERLY,
    ACCESSIBILITY,
    ENVIRONMENT,
    CULTURE,
    SPORTS,
    TRAFFIC,
    URBAN_PLANNING,
    EDUCATION,
    SOCIAL_AND_HEALTH,
    ECONOMY,
    DEMOCRACY,
    OTHER
}
